import { createExtensionInputSchema, extensionSchema, updateExtensionInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** The internal numbering plan: number → user, group, queue, IVR or voicemail box. A number is unique per tenant across all of them (T640 manual L829-830); a taken one is 409 naming `number`. */
export function extensionRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'extension',
    segment: 'extensions',
    idParam: { name: 'extensionId', example: 'ext_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Extension',
    tag: 'Extensions',
    noun: ['extension', 'extensions'],
    description:
      'The internal numbering plan: number → user, group, queue, IVR or voicemail box. A number is unique per tenant across all of them (T640 manual L829-830); a taken one is 409 naming `number`.',
    repository: (store) => store.extensions,
    createSchema: createExtensionInputSchema,
    updateSchema: updateExtensionInputSchema,
    outputSchema: extensionSchema,
  }).app;
}

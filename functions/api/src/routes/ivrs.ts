import { createIvrInputSchema, ivrSchema, updateIvrInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** IVR menus: an announcement, an action per key and rules for no or invalid input, T640 manual L1747-1835. */
export function ivrRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'ivr',
    segment: 'ivrs',
    idParam: { name: 'ivrId', example: 'ivr_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Ivr',
    tag: 'IVRs',
    noun: ['IVR', 'IVRs'],
    description:
      'IVR menus: an announcement, an action per key and rules for no or invalid input, T640 manual L1747-1835.',
    repository: (store) => store.ivrs,
    createSchema: createIvrInputSchema,
    updateSchema: updateIvrInputSchema,
    outputSchema: ivrSchema,
  }).app;
}

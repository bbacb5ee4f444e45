import {
  createTrunkApiInputSchema,
  newId,
  toTrunkOutput,
  trunkOutputSchema,
  updateTrunkApiInputSchema,
} from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { ApiError } from '../http/problem';
import { sealTrunkPassword } from '../secrets/trunk-secret';
import { tenantResource } from './tenant-resource';

/**
 * SIP trunks to providers (T640 manual "SIP gateways", L2389-2730). The
 * provider password is write-only: sealed at rest, shown as `hasPassword`.
 */
export function trunkRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'trunk',
    segment: 'trunks',
    idParam: { name: 'trunkId', example: 'trk_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Trunk',
    tag: 'Trunks',
    noun: ['trunk', 'trunks'],
    description:
      'SIP trunks to providers with registration, transport, caller-ID handling, codecs and allowed subnets (T640 manual L2389-2730). `password` is write-only; reads show `hasPassword`.',
    repository: (store) => store.trunks,
    createSchema: createTrunkApiInputSchema,
    updateSchema: updateTrunkApiInputSchema,
    outputSchema: trunkOutputSchema,
    toOutput: toTrunkOutput,
    createDescription:
      '`password` is sealed (AES-256-GCM, bound to tenant and trunk) and never returned; the response says `hasPassword`.',
    prepareCreate: async ({ password, ...trunk }, { deps: { trunkSecrets }, scope }) => {
      const id = newId('trk');
      const secretRef =
        password === undefined ? null : sealTrunkPassword(trunkSecrets, scope.tenantId, id, password);
      return { id, item: { ...trunk, secretRef } };
    },
    preparePatch: async ({ password, ...patch }, current, { deps: { trunkSecrets }, scope }) => {
      const secretRef =
        password === undefined
          ? current.secretRef
          : password === null
            ? null
            : sealTrunkPassword(trunkSecrets, scope.tenantId, current.id, password);
      if ((patch.register ?? current.register) && secretRef === null) {
        throw new ApiError({
          status: 422,
          title: 'Unprocessable Content',
          code: 'validation-failed',
          detail: 'the request body is not valid',
          errors: [{ field: 'password', message: 'password is required when the trunk registers' }],
        });
      }
      return { ...patch, secretRef };
    },
  }).app;
}

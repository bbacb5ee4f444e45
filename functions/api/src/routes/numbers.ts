import {
  createNumberInputSchema,
  type NumberTarget,
  numberSchema,
  type PhoneNumber,
  updateNumberInputSchema,
} from '@carillon/domain';
import type { Context } from 'hono';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { requireReference, unprocessable } from './references';
import { forbiddenFields, tenantResource } from './tenant-resource';

/**
 * What a tenant admin may change on a number (ROLE_GRANTS: read + update):
 * where calls go and its label. The reseller sold the number; the trunk
 * that delivers it and the porting/suspension status are the reseller's.
 */
export const TENANT_ADMIN_NUMBER_FIELDS = ['target', 'label', 'status'] as const;
/** Statuses a tenant admin may set: the ones that follow from (un)assigning. */
const TENANT_ADMIN_STATUSES: readonly PhoneNumber['status'][] = ['assigned', 'unassigned'];

/**
 * Public numbers (DIDs) of a tenant (T300 manual "Phone numbers overview",
 * L1602-1608; T640 inbound routes, L2996-3170). A reseller admin (or the
 * operator) adds a number to a tenant and releases it; the tenant admin
 * assigns it to a user, extension, group, queue, IVR or voicemail box and
 * unassigns it (`target: null`). E.164 only; a number belongs to one tenant
 * on the whole platform (the store's `did` unique constraint), because an
 * inbound call finds its tenant by the dialled number.
 */
export function numberRoutes(deps: ApiDeps) {
  async function checkReferences(
    tenantId: string,
    fields: { target?: NumberTarget | null; trunkId?: string | null },
  ) {
    await requireReference(deps, tenantId, 'trunkId', 'trunk', fields.trunkId);
    const target = fields.target;
    if (target !== null && target !== undefined) {
      await requireReference(deps, tenantId, 'target.id', target.kind, target.id);
    }
  }

  return tenantResource(deps, {
    resource: 'number',
    segment: 'numbers',
    idParam: { name: 'numberId', example: 'num_0123456789abcdefghjkmnpqrs' },
    schemaName: 'PhoneNumber',
    tag: 'Numbers',
    noun: ['number', 'numbers'],
    description:
      'Public numbers (DIDs) in E.164, unique across the platform. Reseller admins add and release them; tenant admins assign them (`target`: user, extension, group, queue, IVR or voicemail box) and unassign them (`target: null`) — `status` follows the target unless given. Tenant admins may change only `target`, `label` and `status` (assigned/unassigned).',
    repository: (store) => store.numbers,
    createSchema: createNumberInputSchema,
    updateSchema: updateNumberInputSchema,
    outputSchema: numberSchema,
    createDescription:
      'Reseller admins and operators only. 409 `already-in-use` naming `e164` when the number belongs to any tenant already.',
    prepareCreate: async (input, { scope }) => {
      await checkReferences(scope.tenantId, input);
      return { item: input };
    },
    preparePatch: async (patch, current, { c, scope }) => {
      if (isTenantAdmin(c)) {
        const denied = Object.keys(patch).filter(
          (field) => !(TENANT_ADMIN_NUMBER_FIELDS as readonly string[]).includes(field),
        );
        if (denied.length > 0) {
          throw forbiddenFields(
            denied,
            'a tenant admin may change only the assignment and label of a number',
            (field) => `${field} can only be changed by the reseller`,
          );
        }
        if (!TENANT_ADMIN_STATUSES.includes(current.status)) {
          throw forbiddenFields(
            ['status'],
            `the number is ${current.status}; only the reseller can change it`,
            () => `status ${current.status} can only be changed by the reseller`,
          );
        }
        if (patch.status !== undefined && !TENANT_ADMIN_STATUSES.includes(patch.status)) {
          throw forbiddenFields(
            ['status'],
            'a tenant admin may set only assigned or unassigned',
            () => 'status must be assigned or unassigned',
          );
        }
      }
      await checkReferences(scope.tenantId, patch);
      // Assigning sets `assigned`, unassigning `unassigned`, unless the request says otherwise.
      const status =
        patch.status ??
        (patch.target === undefined ? current.status : patch.target === null ? 'unassigned' : 'assigned');
      const merged = { ...current, ...patch, status };
      const checked = numberSchema.safeParse(merged);
      if (!checked.success) {
        throw unprocessable(
          checked.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
        );
      }
      return { ...patch, status };
    },
  }).app;
}

function isTenantAdmin(c: Context<ApiEnv>): boolean {
  return c.var.principal.role === 'tenant-admin';
}

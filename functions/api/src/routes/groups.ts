import { createGroupInputSchema, groupSchema, updateGroupInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Hunt groups (parallel, linear) and call pickup groups, T640 manual L999-1140. */
export function groupRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'group',
    segment: 'groups',
    idParam: { name: 'groupId', example: 'grp_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Group',
    tag: 'Groups',
    noun: ['group', 'groups'],
    description: 'Hunt groups (parallel, linear) and call pickup groups, T640 manual L999-1140.',
    repository: (store) => store.groups,
    createSchema: createGroupInputSchema,
    updateSchema: updateGroupInputSchema,
    outputSchema: groupSchema,
  }).app;
}

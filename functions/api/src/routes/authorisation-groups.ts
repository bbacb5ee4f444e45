import {
  authorisationGroupSchema,
  createAuthorisationGroupInputSchema,
  updateAuthorisationGroupInputSchema,
} from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Groups of users that outbound routes apply to, T640 manual L1142-1250 and L1307-1310. */
export function authorisationGroupRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'authorisation-group',
    segment: 'authorisation-groups',
    idParam: { name: 'authorisationGroupId', example: 'agr_0123456789abcdefghjkmnpqrs' },
    schemaName: 'AuthorisationGroup',
    tag: 'Authorisation groups',
    noun: ['authorisation group', 'authorisation groups'],
    description: 'Groups of users that outbound routes apply to, T640 manual L1142-1250 and L1307-1310.',
    repository: (store) => store.authorisationGroups,
    createSchema: createAuthorisationGroupInputSchema,
    updateSchema: updateAuthorisationGroupInputSchema,
    outputSchema: authorisationGroupSchema,
  }).app;
}

import { createSiteInputSchema, siteSchema, updateSiteInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Locations of a tenant with their postal address, time zone and emergency call-back number (the address the emergency service is given). */
export function siteRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'site',
    segment: 'sites',
    idParam: { name: 'siteId', example: 'sit_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Site',
    tag: 'Sites',
    noun: ['site', 'sites'],
    description:
      'Locations of a tenant with their postal address, time zone and emergency call-back number (the address the emergency service is given).',
    repository: (store) => store.sites,
    createSchema: createSiteInputSchema,
    updateSchema: updateSiteInputSchema,
    outputSchema: siteSchema,
  }).app;
}

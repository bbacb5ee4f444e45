import { type Tenant, tenantSchema } from '@carillon/domain';
import { attributesOf, type EntityDefinition, gsi, key, SERVICE } from './define';

/**
 * The tenant directory. A tenant's own record lives under its tenant prefix
 * (`t#<id>` / `tenant`); the reseller's list of tenants is a GSI partition
 * per reseller. The slug is unique because it names the SIP domain.
 */
export const tenantEntity: EntityDefinition<Tenant> = {
  name: 'tenant',
  schema: tenantSchema,
  electro: {
    model: { entity: 'tenant', version: '1', service: SERVICE },
    attributes: attributesOf(tenantSchema, ['id', 'resellerId']),
    indexes: {
      byId: { pk: key('pk', ['id'], 't#${id}'), sk: key('sk', [], 'tenant') },
      byReseller: gsi(
        1,
        { composite: ['resellerId'], template: 'r#${resellerId}#tenants' },
        { composite: ['id'], template: '${id}' },
      ),
    },
  },
  unique: [{ field: 'slug', constraint: 'tenant-slug', scope: 'platform', value: (tenant) => tenant.slug }],
};

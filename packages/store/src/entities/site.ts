import { type Site, siteSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A location of the tenant (address, emergency data). */
export const siteEntity = defineTenantEntity<Site>('site', siteSchema);

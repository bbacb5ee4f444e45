import { type EdgeTenant, sipDomainSchema } from '@carillon/edge-api';
import type { Store } from '@carillon/store';
import { Hono } from 'hono';
import { problem } from '../http/problem';

/**
 * `GET /edge/v1/tenants/by-domain/:domain`. A tenant's SIP domain is
 * `<slug>.<platform domain>`, so the slug (unique platform-wide) finds it;
 * the whole domain must then match, so `acme.other.example` is not acme.
 */
export function tenantRoutes(store: Store) {
  return new Hono().get('/by-domain/:domain', async (c) => {
    const domain = sipDomainSchema.safeParse(c.req.param('domain').toLowerCase());
    const slug = domain.success ? domain.data.split('.')[0] : undefined;
    const tenant = slug ? await store.tenants.findBySlug(slug) : undefined;
    if (
      tenant === undefined ||
      !domain.success ||
      tenant.sipDomain !== domain.data ||
      tenant.status !== 'active'
    ) {
      return problem(c, 404, 'Not Found', { detail: 'no active tenant has this SIP domain' });
    }
    const body: EdgeTenant = {
      tenantId: tenant.id,
      sipDomain: tenant.sipDomain,
      country: tenant.country,
      language: tenant.language,
      maxConcurrentCalls: tenant.limits.maxConcurrentCalls,
    };
    return c.json(body);
  });
}

import { countrySchema } from '@carillon/call-control';
import { z } from 'zod';
import { callLimitSchema, edgeIdSchema, sipDomainSchema } from './fields';

/**
 * `GET /edge/v1/tenants/by-domain/:domain` — the tenant behind a SIP domain:
 * which tenant a request for `sip:…@<domain>` belongs to, its call limit, and
 * its country for the national call-progress tones (ITU-T E.180 Supp. 2).
 * 404 when no active tenant has the domain.
 */
export const edgeTenantSchema = z.strictObject({
  tenantId: edgeIdSchema('tenantId'),
  sipDomain: sipDomainSchema,
  /** ISO 3166-1 alpha-2, e.g. DE. */
  country: countrySchema,
  /** Prompt language, e.g. en or de. */
  language: z.string().min(2).max(16),
  /** Calls the tenant may have at once; null = no limit. */
  maxConcurrentCalls: callLimitSchema('maxConcurrentCalls').nullable(),
});

export type EdgeTenant = z.infer<typeof edgeTenantSchema>;

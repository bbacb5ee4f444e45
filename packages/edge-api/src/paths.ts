/**
 * The routes of the edge ↔ control-plane API, one place for both sides.
 * Versioned in the path so an edge fleet can be upgraded node by node.
 */
export const EDGE_API_PREFIX = '/edge/v1';

export const EDGE_API_PATHS = {
  /** POST a call-control event (`@carillon/call-control`); the answer is a reply. */
  events: `${EDGE_API_PREFIX}/events`,
  /** GET `?domain=<sip domain>&username=<sip username>`: digest credentials of a device. */
  sipCredentials: `${EDGE_API_PREFIX}/sip-credentials`,
  /** GET `/tenants/by-domain/<sip domain>`: the tenant a SIP domain (realm) belongs to. */
  tenantByDomain: `${EDGE_API_PREFIX}/tenants/by-domain`,
  /** POST a per-call CDR report from the edge's outbox; idempotent per call. */
  cdrReports: `${EDGE_API_PREFIX}/cdr-reports`,
  /** POST a device registered / unregistered notice (for webhooks and presence later). */
  registrationEvents: `${EDGE_API_PREFIX}/registrations/events`,
} as const;

/** The path of the tenant lookup for one SIP domain. */
export function tenantByDomainPath(domain: string): string {
  return `${EDGE_API_PATHS.tenantByDomain}/${encodeURIComponent(domain)}`;
}

/** The path and query of the credentials lookup. */
export function sipCredentialsPath(query: { domain: string; username: string }): string {
  const search = new URLSearchParams({ domain: query.domain, username: query.username });
  return `${EDGE_API_PATHS.sipCredentials}?${search.toString()}`;
}

import type { ApiKeyScope, AuditActor, Role } from '@carillon/domain';

/**
 * Who is calling, however they authenticated. Every authorisation decision
 * reads only this, so a new way to log in (TOTP, SSO) adds a way to build a
 * Principal and changes nothing downstream.
 */
export interface Principal {
  readonly via: 'api-key' | 'session';
  readonly role: Role;
  /** The tenant the principal belongs to (tenant admins, users, tenant API keys). */
  readonly tenantId: string | null;
  /** The reseller the principal belongs to (reseller admins, reseller API keys). */
  readonly resellerId: string | null;
  /** The user behind a portal session; null for API keys. */
  readonly userId: string | null;
  /** An API key's scopes; `all` for sessions, whose limits are the role's. */
  readonly scopes: readonly ApiKeyScope[] | 'all';
  /** For the audit log and log lines (never a secret: key id and display prefix, user id and e-mail). */
  readonly actor: AuditActor;
}

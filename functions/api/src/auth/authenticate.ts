import { API_KEY_PREFIX, hashApiKey, isApiKeyUsable } from '@carillon/domain';
import { apiKeyOwnerKey } from '@carillon/store';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies';
import type { Principal } from './principal';

/** RFC 9110 §9.2.1: the methods a cross-site form or link can trigger without side effects. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** API keys are rarely worth one write per request; once a minute is enough for "last used". */
const LAST_USED_RESOLUTION_MS = 60_000;

function unauthenticated(detail: string, bearerError?: 'invalid_token'): ApiError {
  return new ApiError({
    status: 401,
    title: 'Unauthorized',
    code: 'unauthenticated',
    detail,
    // RFC 6750 §3: tell a bearer client what went wrong, without saying more.
    headers: {
      'www-authenticate': bearerError
        ? `Bearer realm="carillon", error="${bearerError}"`
        : 'Bearer realm="carillon"',
    },
  });
}

/**
 * Sets the Principal: from `Authorization: Bearer ck_live_…` (API keys, the
 * operator's configured keys) or from the portal session cookie. A key is
 * looked up on every request, so a revoked key fails on the very next one;
 * then the caller's own rate limit is counted.
 */
export function authenticate(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    const principal =
      authorization !== undefined
        ? await fromApiKey(deps, authorization)
        : await fromSession(deps, getCookie(c, SESSION_COOKIE), c.req.method, c.req.header(CSRF_HEADER));
    c.set('principal', principal);
    c.set('log', c.var.log.child({ actor: principal.actor.label, actorKind: principal.actor.kind }));
    // Per caller, after the per-address limit: one key or one user cannot starve the others of its tenant.
    if (principal.via === 'api-key') await deps.rateLimiter.enforce(deps.limits.apiKey, principal.actor.id);
    else await deps.rateLimiter.enforce(deps.limits.session, `${principal.tenantId}:${principal.userId}`);
    await next();
  };
}

async function fromApiKey(deps: ApiDeps, authorization: string): Promise<Principal> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const presented = match?.[1];
  if (presented === undefined) throw unauthenticated('use Authorization: Bearer <API key>', 'invalid_token');
  if (!presented.startsWith(API_KEY_PREFIX)) throw unauthenticated('not a Carillon API key', 'invalid_token');
  const keyHash = hashApiKey(presented);
  if (deps.config.CARILLON_OPERATOR_KEY_HASHES.includes(keyHash)) return operatorPrincipal(presented);
  const apiKey = await deps.store.apiKeys.findByHash(keyHash);
  const now = deps.now();
  if (apiKey === undefined || !isApiKeyUsable(apiKey, now)) {
    throw unauthenticated('the API key is unknown, revoked or expired', 'invalid_token');
  }
  const tenantKey = apiKey.owner.kind === 'tenant';
  await (tenantKey
    ? refuseInactiveTenant(deps, apiKey.owner.id)
    : refuseInactiveReseller(deps, apiKey.owner.id));
  const lastUsed = apiKey.lastUsedAt === null ? 0 : Date.parse(apiKey.lastUsedAt);
  if (now.getTime() - lastUsed > LAST_USED_RESOLUTION_MS) {
    // Best effort: a concurrent request may bump the version first; its write records the use as well.
    await deps.store.apiKeys
      .update(
        apiKeyOwnerKey(apiKey),
        apiKey.id,
        { lastUsedAt: now.toISOString() },
        { expectedVersion: apiKey.version },
      )
      .catch(() => undefined);
  }
  return {
    via: 'api-key',
    role: tenantKey ? 'tenant-admin' : 'reseller-admin',
    tenantId: tenantKey ? apiKey.owner.id : null,
    resellerId: tenantKey ? null : apiKey.owner.id,
    userId: null,
    scopes: apiKey.scopes,
    actor: { kind: 'api-key', id: apiKey.id, label: apiKey.displayPrefix },
  };
}

/** A configured operator key: the whole platform, every scope; named in logs by its display prefix only. */
function operatorPrincipal(presented: string): Principal {
  const label = presented.slice(0, API_KEY_PREFIX.length + 8);
  return {
    via: 'api-key',
    role: 'operator',
    tenantId: null,
    resellerId: null,
    userId: null,
    scopes: 'all',
    actor: { kind: 'operator', id: label, label },
  };
}

function suspended(detail: string): ApiError {
  return new ApiError({ status: 403, title: 'Forbidden', code: 'account-suspended', detail });
}

/**
 * A suspended (or deleted-pending) tenant's users and keys are refused on
 * every request; its reseller and the operator still reach it, to restore
 * it. A tenant id without a directory record is let through (test fixtures
 * make keys for tenants they never create), so purging a deleted tenant must
 * remove its users and keys with it.
 */
export async function refuseInactiveTenant(deps: ApiDeps, tenantId: string): Promise<void> {
  const tenant = await deps.store.tenants.find(tenantId);
  if (tenant !== undefined && tenant.status !== 'active') throw suspended('the tenant is suspended');
}

async function refuseInactiveReseller(deps: ApiDeps, resellerId: string): Promise<void> {
  const reseller = await deps.store.resellers.find(resellerId);
  if (reseller !== undefined && reseller.status !== 'active') throw suspended('the reseller is suspended');
}

async function fromSession(
  deps: ApiDeps,
  token: string | undefined,
  method: string,
  csrfHeader: string | undefined,
): Promise<Principal> {
  if (token === undefined) throw unauthenticated('log in or send an API key');
  const claims = deps.sessions.verify(token, deps.now());
  if (claims === undefined) throw unauthenticated('the session is invalid or has expired');
  if (!SAFE_METHODS.has(method) && !deps.sessions.checkCsrf(claims.sid, csrfHeader)) {
    throw new ApiError({
      status: 403,
      title: 'Forbidden',
      code: 'csrf-token-mismatch',
      detail: `send the session's CSRF token in ${CSRF_HEADER}`,
    });
  }
  // Read on every request: a deleted user, a changed role, a password reset or a suspension takes effect at once.
  const scope = { tenantId: claims.tenantId };
  const [user, credentials] = await Promise.all([
    deps.store.users.find(scope, claims.userId),
    deps.credentials.find(scope, claims.userId),
    refuseInactiveTenant(deps, claims.tenantId),
  ]);
  if (user === undefined) throw unauthenticated('the session is invalid or has expired');
  const notBefore = credentials?.sessionsNotBefore ?? null;
  if (notBefore !== null && claims.issuedAt < notBefore) {
    throw unauthenticated('the session was ended (password reset); log in again');
  }
  return {
    via: 'session',
    role: user.role,
    tenantId: user.tenantId,
    resellerId: null,
    userId: user.id,
    scopes: 'all',
    actor: { kind: 'user', id: user.id, label: user.email },
  };
}

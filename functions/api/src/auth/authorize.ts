import { type Action, type Resource, ROLE_GRANTS } from '@carillon/domain';
import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import type { Principal } from './principal';
import { hasScope, requiredScope } from './scopes';

/** Said for every record outside the principal's reach: it must not tell "exists elsewhere" from "does not exist". */
export function notFound(): ApiError {
  return new ApiError({ status: 404, title: 'Not Found', code: 'not-found', detail: 'no such resource' });
}

function forbidden(detail: string): ApiError {
  return new ApiError({ status: 403, title: 'Forbidden', code: 'forbidden', detail });
}

/** Reseller levels walked up from a tenant's reseller (the domain allows at most 5 sub-reseller levels). */
const MAX_RESELLER_DEPTH = 6;

/**
 * Whether `resellerId` is the principal's reseller or one of its
 * sub-resellers (its branch): walks the parents up from `resellerId`.
 */
export async function inResellerBranch(
  deps: ApiDeps,
  branchRoot: string,
  resellerId: string,
): Promise<boolean> {
  let current: string | null = resellerId;
  for (let depth = 0; current !== null && depth < MAX_RESELLER_DEPTH; depth += 1) {
    if (current === branchRoot) return true;
    current = (await deps.store.resellers.find(current))?.parentResellerId ?? null;
  }
  return false;
}

/**
 * Whether the principal may act in the tenant of the path. Checked before the
 * role, so another tenant's ids always answer 404, whatever the method.
 */
async function reachesTenant(deps: ApiDeps, principal: Principal, tenantId: string): Promise<boolean> {
  switch (principal.role) {
    case 'operator':
      return (await deps.store.tenants.find(tenantId)) !== undefined;
    case 'reseller-admin': {
      const tenant = await deps.store.tenants.find(tenantId);
      return (
        tenant !== undefined &&
        principal.resellerId !== null &&
        (await inResellerBranch(deps, principal.resellerId, tenant.resellerId))
      );
    }
    default:
      return principal.tenantId === tenantId;
  }
}

/** Whether the principal may act on the reseller of the path: operators any, reseller admins their branch. */
async function reachesReseller(deps: ApiDeps, principal: Principal, resellerId: string): Promise<boolean> {
  switch (principal.role) {
    case 'operator':
      return (await deps.store.resellers.find(resellerId)) !== undefined;
    case 'reseller-admin':
      return (
        principal.resellerId !== null && (await inResellerBranch(deps, principal.resellerId, resellerId))
      );
    default:
      return false;
  }
}

/**
 * The one authorisation check of a route: reseller and tenant of the path
 * (404 when out of reach), role grant from `ROLE_GRANTS` (403 when the role has none), API key
 * scope (403). Sets `access` to `all` or `own`; a handler with `own` access
 * must show and change only the principal's own records.
 */
export function authorize(deps: ApiDeps, resource: Resource, action: Action): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const principal = c.var.principal;
    const resellerId = c.req.param('resellerId');
    if (resellerId !== undefined && !(await reachesReseller(deps, principal, resellerId))) throw notFound();
    const tenantId = c.req.param('tenantId');
    if (tenantId !== undefined && !(await reachesTenant(deps, principal, tenantId))) throw notFound();
    const access = ROLE_GRANTS[principal.role][resource]?.[action];
    if (access === undefined) throw forbidden(`role ${principal.role} may not ${action} ${resource} records`);
    const scope = requiredScope(resource, action);
    if (!hasScope(principal.scopes, scope)) throw forbidden(`the API key lacks the scope ${scope}`);
    c.set('access', access);
    await next();
  };
}

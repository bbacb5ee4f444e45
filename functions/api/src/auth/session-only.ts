import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';

/**
 * OpenAPI extension of routes that act on the caller's own sign-in (TOTP
 * enrolment): only a portal session's user may call them, whatever the grant
 * says, because an API key has no user. The generated authorisation test
 * reads it beside `x-carillon-authorization`.
 */
export const PRINCIPAL_EXTENSION = 'x-carillon-principal';
export const SESSION_USER = 'session-user';

/** Mounted after `authorize` (pass it to `guarded` as extra middleware). */
export const sessionUserOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  if (c.var.principal.via !== 'session' || c.var.principal.userId === null) {
    throw new ApiError({
      status: 403,
      title: 'Forbidden',
      code: 'session-required',
      detail: 'only a portal user, logged in, may do this',
    });
  }
  await next();
};

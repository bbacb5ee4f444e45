import { hashPassword, verifyPassword } from '@carillon/auth';
import { emailSchema, toUserOutput, userOutputSchema } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/cookies';
import { afterFailure, LOGIN_LOCKOUT, type LoginFailures, retryAfterSeconds } from '../auth/login-lockout';
import { SESSION_LIFETIME_SECONDS } from '../auth/session-token';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import { bearerSecurity, commonProblems, writeProblems } from './common';

const loginInputSchema = z
  .strictObject({
    email: emailSchema,
    password: z
      .string({ error: 'password must be a string' })
      .min(1, { error: 'password is required' })
      .max(1024),
  })
  .openapi('LoginInput');

const sessionOutputSchema = z
  .object({
    user: userOutputSchema,
    csrfToken: z.string().openapi({ description: `Send in ${CSRF_HEADER} on every unsafe request` }),
    expiresAt: z.string(),
  })
  .openapi('Session');

/** Same message for an unknown address and a wrong password: a login must not reveal who has an account. */
const badCredentials = () =>
  new ApiError({
    status: 401,
    title: 'Unauthorized',
    code: 'invalid-credentials',
    detail: 'e-mail or password is wrong',
  });

/** Verified against when the address is unknown, so both cases cost one argon2 verification. */
const decoyHash = hashPassword('carillon-decoy-password-never-matches');

/** Portal sessions: log in with e-mail and password, log out. */
export function sessionRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store, sessions, ephemeral } = deps;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/session',
      tags: ['Session'],
      summary: 'Log in to the portal',
      description: `Sets an httpOnly session cookie. After ${LOGIN_LOCKOUT.freeFailures} failed attempts an address is locked for ${LOGIN_LOCKOUT.firstLockSeconds} s, doubling per further failure up to ${LOGIN_LOCKOUT.maxLockSeconds} s (429 with Retry-After).`,
      request: { body: { required: true, content: { 'application/json': { schema: loginInputSchema } } } },
      responses: {
        200: { description: 'Logged in', content: { 'application/json': { schema: sessionOutputSchema } } },
        ...writeProblems,
        429: { description: 'Too many failed attempts; see Retry-After' },
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const now = deps.now();
      const lockKey = `p#login-failures#${email.trim().toLowerCase()}`;
      const failures = (await ephemeral.get(lockKey)) as LoginFailures | undefined;
      const wait = retryAfterSeconds(failures, now.getTime());
      if (wait > 0) {
        throw new ApiError({
          status: 429,
          title: 'Too Many Requests',
          code: 'login-locked',
          detail: 'too many failed logins; try again later',
          headers: { 'retry-after': String(wait) },
        });
      }
      const user = await store.users.resolveByEmail(email);
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
      if (user === undefined || user.passwordHash === null || !valid) {
        const next = afterFailure(failures, now.getTime());
        // A lost update between two concurrent failures undercounts by one; the lock still comes.
        await ephemeral.put(
          lockKey,
          { ...next },
          LOGIN_LOCKOUT.forgetAfterSeconds + LOGIN_LOCKOUT.maxLockSeconds,
        );
        c.var.log.info({ failures: next.count }, 'login failed');
        throw badCredentials();
      }
      if (failures !== undefined) await ephemeral.delete(lockKey);
      const { token, claims } = sessions.issue(user.id, user.tenantId, now);
      const cookie = {
        path: '/',
        secure: true,
        sameSite: 'Strict',
        maxAge: SESSION_LIFETIME_SECONDS,
      } as const;
      setCookie(c, SESSION_COOKIE, token, { ...cookie, httpOnly: true });
      const csrfToken = sessions.csrfToken(claims.sid);
      setCookie(c, CSRF_COOKIE, csrfToken, cookie);
      return c.json(
        { user: toUserOutput(user), csrfToken, expiresAt: new Date(claims.expiresAt * 1000).toISOString() },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/session',
      tags: ['Session'],
      summary: 'Log out',
      security: bearerSecurity,
      responses: { 204: { description: 'Logged out; cookies cleared' }, ...commonProblems },
    }),
    (c) => {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
      deleteCookie(c, CSRF_COOKIE, { path: '/', secure: true });
      return c.body(null, 204);
    },
  );

  return app;
}

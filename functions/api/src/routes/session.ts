import { hashPassword, verifyPassword } from '@carillon/auth';
import { emailSchema, toUserOutput, userOutputSchema } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { refuseInactiveTenant } from '../auth/authenticate';
import { clientAddress } from '../auth/client-address';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../auth/cookies';
import { LOGIN_LOCKOUT, loginFailuresKey, retryAfterSeconds } from '../auth/login-lockout';
import { SecondFactor, statusOf } from '../auth/second-factor';
import { SESSION_LIFETIME_SECONDS } from '../auth/session-token';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError, PROBLEM_CONTENT_TYPE, problemSchema } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import { writeProblems } from './common';

const loginInputSchema = z
  .strictObject({
    email: emailSchema,
    password: z
      .string({ error: 'password must be a string' })
      .min(1, { error: 'password is required' })
      .max(1024),
    totpCode: z
      .string({ error: 'TOTP code must be a string' })
      .max(16)
      .optional()
      .openapi({ description: 'The 6-digit code of the authenticator app, once TOTP is enrolled' }),
    recoveryCode: z
      .string({ error: 'recovery code must be a string' })
      .max(64)
      .optional()
      .openapi({ description: 'Instead of totpCode: one of the recovery codes (each works once)' }),
  })
  .openapi('LoginInput');

const sessionOutputSchema = z
  .object({
    user: userOutputSchema,
    csrfToken: z.string().openapi({ description: `Send in ${CSRF_HEADER} on every unsafe request` }),
    expiresAt: z.string(),
  })
  .openapi('Session');

const unauthorized = (code: string, detail: string) =>
  new ApiError({ status: 401, title: 'Unauthorized', code, detail });

/** Same message for an unknown address and a wrong password: a login must not reveal who has an account. */
const badCredentials = () => unauthorized('invalid-credentials', 'e-mail or password is wrong');

/** Verified against when the address is unknown, so both cases cost one argon2 verification. */
const decoyHash = hashPassword('carillon-decoy-password-never-matches');

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
});

/** Portal sessions: log in with e-mail, password and (once enrolled) a TOTP or recovery code; log out. */
export function sessionRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store, sessions, ephemeral } = deps;
  const secondFactor = new SecondFactor(deps);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/session',
      tags: ['Session'],
      summary: 'Log in to the portal',
      description: [
        'Sets an httpOnly session cookie and returns the CSRF token.',
        'A user with TOTP enrolled sends `totpCode` (or one `recoveryCode`) with e-mail and password; without it the answer is 401 `second-factor-required` (the password was right: ask for the code and send all three again).',
        `After ${LOGIN_LOCKOUT.freeFailures} failed attempts (wrong password or wrong code) an address is locked for ${LOGIN_LOCKOUT.firstLockSeconds} s, doubling per further failure up to ${LOGIN_LOCKOUT.maxLockSeconds} s; failures are forgotten ${LOGIN_LOCKOUT.forgetAfterSeconds / 60} minutes after the last one (429 \`login-locked\` with Retry-After).`,
        'Logins are also limited per source address (RATE_LIMIT_LOGIN_PER_ADDRESS per window, 429 `rate-limited`).',
      ].join('\n\n'),
      request: { body: { required: true, content: { 'application/json': { schema: loginInputSchema } } } },
      responses: {
        200: { description: 'Logged in', content: { 'application/json': { schema: sessionOutputSchema } } },
        ...writeProblems,
        401: problem(
          '`invalid-credentials` (e-mail or password), `second-factor-required` or `invalid-second-factor`',
        ),
        403: problem('`account-suspended`: the tenant of the user is suspended'),
        429: problem('Too many failed attempts or requests; see Retry-After'),
      },
    }),
    async (c) => {
      const { email, password, totpCode, recoveryCode } = c.req.valid('json');
      const address = clientAddress(c, deps.config.TRUSTED_PROXY_HOPS);
      if (address !== undefined) await deps.rateLimiter.enforce(deps.limits.login, address);
      const now = deps.now();
      const lockKey = loginFailuresKey(email);
      const failures = await ephemeral.counter(lockKey);
      const wait = retryAfterSeconds(
        failures === undefined ? undefined : { count: failures.count, lastFailureAt: failures.at ?? 0 },
        now.getTime(),
      );
      if (wait > 0) {
        throw new ApiError({
          status: 429,
          title: 'Too Many Requests',
          code: 'login-locked',
          detail: 'too many failed logins; try again later',
          headers: { 'retry-after': String(wait) },
        });
      }
      const countFailure = async () => {
        // Atomic: concurrent failures are all counted; the record lives an hour past the last one.
        const next = await ephemeral.increment(lockKey, LOGIN_LOCKOUT.forgetAfterSeconds, { touch: true });
        c.var.log.info({ failures: next.count }, 'login failed');
      };
      const user = await store.users.resolveByEmail(email);
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
      if (user === undefined || user.passwordHash === null || !valid) {
        await countFailure();
        throw badCredentials();
      }
      await refuseInactiveTenant(deps, user.tenantId);
      if (statusOf(await secondFactor.find(user)) === 'active') {
        if (totpCode === undefined && recoveryCode === undefined) {
          throw unauthorized('second-factor-required', 'send the code of your authenticator app as totpCode');
        }
        if (!(await secondFactor.verify(user, { totpCode, recoveryCode }))) {
          await countFailure();
          throw unauthorized('invalid-second-factor', 'the code is wrong, expired or already used');
        }
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
      description:
        'Clears the session cookies. Public: it needs no valid session, so an expired one can be cleared too.',
      responses: { 204: { description: 'Logged out; cookies cleared' } },
    }),
    (c) => {
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
      deleteCookie(c, CSRF_COOKIE, { path: '/', secure: true });
      return c.body(null, 204);
    },
  );

  return app;
}

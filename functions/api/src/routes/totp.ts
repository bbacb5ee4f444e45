import { verifyPassword } from '@carillon/auth';
import type { User } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { LOGIN_LOCKOUT, loginFailuresKey, retryAfterSeconds } from '../auth/login-lockout';
import { invalidCode, SecondFactor, statusOf } from '../auth/second-factor';
import { PRINCIPAL_EXTENSION, SESSION_USER, sessionUserOnly } from '../auth/session-only';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import { commonProblems, guarded, writeProblems } from './common';

const codeSchema = z
  .string({ error: 'code must be a string' })
  .min(1, { error: 'code is required' })
  .max(64)
  .openapi({
    description: 'The current code of the authenticator app, or (to prove possession) a recovery code',
  });
const passwordSchema = z
  .string({ error: 'password must be a string' })
  .min(1, { error: 'password is required' })
  .max(1024);

const statusSchema = z
  .object({
    status: z.enum(['off', 'pending', 'active']).openapi({
      description:
        '`pending`: enrolled but not confirmed by a first code; only `active` is asked for at login',
    }),
    recoveryCodesLeft: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Unused recovery codes; null when off' }),
  })
  .openapi('TotpStatus');

const enrolmentSchema = z
  .object({
    otpauthUri: z.string().openapi({
      description:
        'otpauth://totp/… URI with the secret, for a QR code. Shown this once; the secret is never returned again.',
      example:
        'otpauth://totp/Carillon:ada%40example.test?issuer=Carillon&secret=…&algorithm=SHA1&digits=6&period=30',
    }),
    status: z.literal('pending'),
  })
  .openapi('TotpEnrolment');

const recoveryCodesSchema = z
  .object({
    status: z.literal('active'),
    recoveryCodes: z.array(z.string()).openapi({
      description: 'Single-use codes for a lost authenticator; shown this once, stored only hashed',
    }),
  })
  .openapi('TotpRecoveryCodes');

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: json(schema) });
const tags = ['Session'];
const sessionOnly = { [PRINCIPAL_EXTENSION]: SESSION_USER };
const onlyForUsers =
  'Portal sessions only (an API key has no user: 403 `session-required`); unsafe methods need X-CSRF-Token.';

/**
 * The caller's TOTP second factor (RFC 6238): enrol → confirm with a first
 * code (recovery codes shown once) → asked at every login; disable or renew
 * the recovery codes with password and code.
 */
export function totpRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const secondFactor = new SecondFactor(deps);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/totp',
      tags,
      summary: 'Whether the caller has a second factor',
      description: onlyForUsers,
      ...guarded(deps, 'user', 'read', [sessionUserOnly]),
      ...sessionOnly,
      responses: { 200: { description: 'The status', content: json(statusSchema) }, ...commonProblems },
    }),
    async (c) => {
      const credentials = await secondFactor.find(await caller(c));
      const status = statusOf(credentials);
      return c.json(
        {
          status,
          recoveryCodesLeft: status === 'off' ? null : (credentials?.totp?.recoveryCodeHashes.length ?? 0),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/totp',
      tags,
      summary: 'Start TOTP enrolment',
      description: `Needs the password again (a stolen session must not bind its own authenticator). Returns the otpauth URI once; the factor is \`pending\` until POST /me/totp/confirm. Starting again while pending replaces the secret; while active → 409. ${onlyForUsers}`,
      ...guarded(deps, 'user', 'update', [sessionUserOnly]),
      ...sessionOnly,
      request: { body: body(z.strictObject({ password: passwordSchema }).openapi('TotpEnrolInput')) },
      responses: {
        201: { description: 'Enrolment started', content: json(enrolmentSchema) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const user = await caller(c);
      await requirePassword(user, c.req.valid('json').password);
      const { otpauthUri } = await secondFactor.enrol(user);
      c.var.log.info('TOTP enrolment started');
      return c.json({ otpauthUri, status: 'pending' as const }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/totp/confirm',
      tags,
      summary: 'Confirm TOTP enrolment with the first code',
      description: `Activates the second factor and returns the recovery codes, once. ${onlyForUsers}`,
      ...guarded(deps, 'user', 'update', [sessionUserOnly]),
      ...sessionOnly,
      request: { body: body(z.strictObject({ code: codeSchema }).openapi('TotpConfirmInput')) },
      responses: { 200: { description: 'Active', content: json(recoveryCodesSchema) }, ...writeProblems },
    }),
    async (c) => {
      const user = await caller(c);
      const { recoveryCodes } = await secondFactor.confirm(user, c.req.valid('json').code);
      await audit(c, user, 'user.totp-enable');
      return c.json({ status: 'active' as const, recoveryCodes }, 200);
    },
  );

  const proofSchema = z
    .strictObject({ password: passwordSchema, code: codeSchema })
    .openapi('TotpProofInput', {
      description: 'The password and a current TOTP code or an unused recovery code',
    });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/totp/disable',
      tags,
      summary: 'Turn the second factor off',
      description: `Needs the password and a code (TOTP or recovery). ${onlyForUsers}`,
      ...guarded(deps, 'user', 'update', [sessionUserOnly]),
      ...sessionOnly,
      request: { body: body(proofSchema) },
      responses: { 204: { description: 'Off' }, ...writeProblems },
    }),
    async (c) => {
      const user = await caller(c);
      const { password, code } = c.req.valid('json');
      await requireProof(user, password, code);
      await secondFactor.disable(user);
      await audit(c, user, 'user.totp-disable');
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/totp/recovery-codes',
      tags,
      summary: 'Replace the recovery codes',
      description: `Needs the password and a code; the old recovery codes stop working. ${onlyForUsers}`,
      ...guarded(deps, 'user', 'update', [sessionUserOnly]),
      ...sessionOnly,
      request: { body: body(proofSchema) },
      responses: { 200: { description: 'New codes', content: json(recoveryCodesSchema) }, ...writeProblems },
    }),
    async (c) => {
      const user = await caller(c);
      const { password, code } = c.req.valid('json');
      await requireProof(user, password, code);
      const { recoveryCodes } = await secondFactor.renewRecoveryCodes(user);
      await audit(c, user, 'user.totp-recovery-codes');
      return c.json({ status: 'active' as const, recoveryCodes }, 200);
    },
  );

  /** The session's user; `sessionUserOnly` has made sure there is one. */
  async function caller(c: Context<ApiEnv>): Promise<User> {
    const { tenantId, userId } = c.var.principal;
    return deps.store.users.get({ tenantId: tenantId ?? '' }, userId ?? '');
  }

  /**
   * The password again, under the login lockout of the user's address: a
   * stolen session must not become a way to guess the password (or, below,
   * the code) without the lockout.
   */
  async function requirePassword(user: User, password: string): Promise<void> {
    await refuseWhileLocked(user);
    if (user.passwordHash === null || !(await verifyPassword(user.passwordHash, password))) {
      await countFailure(user);
      throw new ApiError({
        status: 422,
        title: 'Unprocessable Content',
        code: 'invalid-password',
        detail: 'the password is wrong',
        errors: [{ field: 'password', message: 'the password is wrong' }],
      });
    }
  }

  async function requireProof(user: User, password: string, code: string): Promise<void> {
    await requirePassword(user, password);
    const proof = /^\d{6}$/.test(code.replace(/\s+/g, '')) ? { totpCode: code } : { recoveryCode: code };
    if (!(await secondFactor.verify(user, proof))) {
      await countFailure(user);
      throw invalidCode('code');
    }
  }

  async function refuseWhileLocked(user: User): Promise<void> {
    const failures = await deps.ephemeral.counter(loginFailuresKey(user.email));
    const wait = retryAfterSeconds(
      failures === undefined ? undefined : { count: failures.count, lastFailureAt: failures.at ?? 0 },
      deps.now().getTime(),
    );
    if (wait > 0) {
      throw new ApiError({
        status: 429,
        title: 'Too Many Requests',
        code: 'login-locked',
        detail: 'too many failed attempts; try again later',
        headers: { 'retry-after': String(wait) },
      });
    }
  }

  async function countFailure(user: User): Promise<void> {
    await deps.ephemeral.increment(loginFailuresKey(user.email), LOGIN_LOCKOUT.forgetAfterSeconds, {
      touch: true,
    });
  }

  async function audit(c: Context<ApiEnv>, user: User, action: string) {
    await deps.store.audit.append(
      { tenantId: user.tenantId },
      {
        resellerId: null,
        actor: c.var.principal.actor,
        action,
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: null,
        requestId: c.var.requestId,
      },
    );
  }

  return app;
}

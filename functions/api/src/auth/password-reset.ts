import { generateToken, hashPassword, hashToken } from '@carillon/auth';
import { portalPasswordProblems, type User } from '@carillon/domain';
import { ConflictError } from '@carillon/store';
import type { ApiDeps } from '../deps';
import { ApiError } from '../http/problem';
import { refuseInactiveTenant } from './authenticate';
import { loginFailuresKey } from './login-lockout';

/**
 * Password reset by e-mail (OWASP Forgot Password cheat sheet): the request
 * answers the same whether the address has an account or not; the link
 * carries a 256-bit single-use token that is stored only as its SHA-256 and
 * expires after PASSWORD_RESET_TTL_SECONDS (30 minutes by default); using it
 * sets a new argon2id hash, ends every session of the user and every other
 * reset link issued before, and clears the login lockout of the address.
 * The token travels in the link's fragment (`#token=`), which browsers send
 * to no server — not to the portal's host, not in a Referer.
 */
export const RESET_PATH = '/reset-password';

interface ResetRecord {
  readonly tenantId: string;
  readonly userId: string;
  /** Epoch ms. */
  readonly issuedAt: number;
}

function tokenKey(token: string): string {
  return `p#password-reset#${hashToken(token)}`;
}

export function invalidToken(): ApiError {
  return new ApiError({
    status: 400,
    title: 'Bad Request',
    code: 'invalid-reset-token',
    detail: 'the reset link is invalid, used or expired; request a new one',
    errors: [{ field: 'token', message: 'the reset link is invalid, used or expired' }],
  });
}

function parseRecord(data: Record<string, unknown> | undefined): ResetRecord | undefined {
  if (data === undefined) return undefined;
  const { tenantId, userId, issuedAt } = data;
  if (typeof tenantId !== 'string' || typeof userId !== 'string' || typeof issuedAt !== 'number')
    return undefined;
  return { tenantId, userId, issuedAt };
}

export class PasswordResets {
  constructor(private readonly deps: ApiDeps) {}

  /**
   * Sends a reset link if the address belongs to a user of an active tenant,
   * at most RATE_LIMIT_RESET_MAILS_PER_HOUR per address. Never says which.
   * The mail is handed to the transport without waiting for it, so the answer
   * takes as long whether a mail goes out or not.
   */
  async request(email: string): Promise<void> {
    const { deps } = this;
    const address = email.trim().toLowerCase();
    const mails = await deps.rateLimiter.hit(deps.limits.resetMail, hashToken(address));
    const user = await deps.store.users.resolveByEmail(address);
    if (!mails.allowed) {
      deps.log.info('password reset: mail limit of the address reached, no mail sent');
      return;
    }
    if (user === undefined) return;
    try {
      await refuseInactiveTenant(deps, user.tenantId);
    } catch {
      return;
    }
    const token = generateToken();
    const record: ResetRecord = { tenantId: user.tenantId, userId: user.id, issuedAt: deps.now().getTime() };
    await deps.ephemeral.put(tokenKey(token), { ...record }, deps.config.PASSWORD_RESET_TTL_SECONDS);
    const link = new URL(RESET_PATH, deps.config.CARILLON_PORTAL_URL);
    link.hash = `token=${token}`;
    const minutes = Math.round(deps.config.PASSWORD_RESET_TTL_SECONDS / 60);
    deps.mailer
      .send({
        to: user.email,
        subject: 'Reset your Carillon password',
        text: [
          `Hello ${user.firstName},`,
          '',
          'someone asked to reset the password of your Carillon account. To choose a new one, open',
          '',
          link.toString(),
          '',
          `The link works once, for ${minutes} minutes. If you did not ask for it, ignore this mail: your password stays as it is.`,
        ].join('\n'),
      })
      .catch((error: unknown) => deps.log.error({ err: error }, 'password reset: mail not sent'));
    deps.log.info({ tenantId: user.tenantId, userId: user.id }, 'password reset link issued');
  }

  /** Sets the new password with a token from a reset link; the token is spent. */
  async confirm(token: string, password: string, requestId: string): Promise<void> {
    const { deps } = this;
    const key = tokenKey(token);
    // Read first and spend only once the password passes: a rejected password keeps the link usable.
    const peeked = parseRecord(await deps.ephemeral.get(key));
    if (peeked === undefined) throw invalidToken();
    const scope = { tenantId: peeked.tenantId };
    const user = await deps.store.users.find(scope, peeked.userId);
    if (user === undefined) throw invalidToken();
    const problems = portalPasswordProblems(password, { login: user.login, email: user.email });
    if (problems.length > 0) {
      throw new ApiError({
        status: 422,
        title: 'Unprocessable Content',
        code: 'validation-failed',
        detail: 'the request body is not valid',
        errors: problems.map((message) => ({ field: 'password', message })),
      });
    }
    const record = parseRecord(await deps.ephemeral.take(key));
    if (record === undefined) throw invalidToken();
    const credentials = await deps.credentials.find(scope, user.id);
    if ((credentials?.passwordChangedAt ?? 0) > record.issuedAt) throw invalidToken();
    await refuseInactiveTenant(deps, user.tenantId);

    const passwordHash = await hashPassword(password);
    await this.#setHash(user, passwordHash);
    const now = deps.now().getTime();
    await this.#endSessions(user, now);
    await deps.ephemeral.delete(loginFailuresKey(user.email));
    await deps.store.audit.append(scope, {
      resellerId: null,
      actor: { kind: 'user', id: user.id, label: user.email },
      action: 'user.password-reset',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: null,
      requestId,
    });
    deps.log.info({ tenantId: user.tenantId, userId: user.id }, 'password reset completed');
  }

  async #setHash(user: User, passwordHash: string): Promise<void> {
    const scope = { tenantId: user.tenantId };
    let current = user;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.deps.store.users.update(
          scope,
          user.id,
          { passwordHash },
          { expectedVersion: current.version },
        );
        return;
      } catch (error) {
        // A concurrent profile edit: the password change still applies, on the newer version.
        if (!(error instanceof ConflictError) || attempt >= 2) throw error;
        current = await this.deps.store.users.get(scope, user.id);
      }
    }
  }

  async #endSessions(user: User, now: number): Promise<void> {
    const scope = { tenantId: user.tenantId };
    for (let attempt = 0; ; attempt += 1) {
      const current = await this.deps.credentials.find(scope, user.id);
      try {
        await this.deps.credentials.save(scope, user.id, current, {
          sessionsNotBefore: now,
          passwordChangedAt: now,
        });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 2) throw error;
      }
    }
  }
}

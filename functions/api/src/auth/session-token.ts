import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveKey } from './secrets';

/** What a portal session cookie carries; the user's role is read from the store on each request. */
export interface SessionClaims {
  /** Random session id; the CSRF token is derived from it. */
  readonly sid: string;
  readonly userId: string;
  readonly tenantId: string;
  /** Epoch milliseconds; a session issued before the user's `sessionsNotBefore` is refused. */
  readonly issuedAt: number;
  /** Epoch seconds. */
  readonly expiresAt: number;
}

/** Portal sessions last a working day; the user logs in again after. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * Stateless session tokens: base64url(JSON claims) "." base64url(HMAC-SHA256).
 * Signed, not encrypted: the claims are ids, not secrets.
 */
export class SessionCodec {
  readonly #sessionKey: Buffer;
  readonly #csrfKey: Buffer;

  constructor(secret: string) {
    this.#sessionKey = deriveKey(secret, 'session');
    this.#csrfKey = deriveKey(secret, 'csrf');
  }

  issue(userId: string, tenantId: string, now: Date): { token: string; claims: SessionClaims } {
    const claims: SessionClaims = {
      sid: randomBytes(16).toString('base64url'),
      userId,
      tenantId,
      issuedAt: now.getTime(),
      expiresAt: Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_SECONDS,
    };
    const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return { token: `${payload}.${this.#sign(payload)}`, claims };
  }

  /** The claims of a genuine, unexpired token; undefined for anything else. */
  verify(token: string, now: Date): SessionClaims | undefined {
    const [payload, signature, ...rest] = token.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) return undefined;
    if (!equalStrings(signature, this.#sign(payload))) return undefined;
    const claims = parseClaims(payload);
    if (claims === undefined || claims.expiresAt <= Math.floor(now.getTime() / 1000)) return undefined;
    return claims;
  }

  /**
   * The CSRF token of a session (signed double-submit, OWASP CSRF cheat sheet):
   * bound to the session id, so a token from another session or made up by an
   * attacker on a sibling domain does not match.
   */
  csrfToken(sid: string): string {
    return createHmac('sha256', this.#csrfKey).update(sid).digest('base64url');
  }

  checkCsrf(sid: string, presented: string | undefined): boolean {
    return presented !== undefined && equalStrings(presented, this.csrfToken(sid));
  }

  #sign(payload: string): string {
    return createHmac('sha256', this.#sessionKey).update(payload).digest('base64url');
  }
}

function equalStrings(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function parseClaims(payload: string): SessionClaims | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { sid, userId, tenantId, issuedAt, expiresAt } = value as Record<string, unknown>;
    if (typeof sid !== 'string' || typeof userId !== 'string' || typeof tenantId !== 'string')
      return undefined;
    if (typeof issuedAt !== 'number' || typeof expiresAt !== 'number') return undefined;
    return { sid, userId, tenantId, issuedAt, expiresAt };
  } catch {
    return undefined;
  }
}

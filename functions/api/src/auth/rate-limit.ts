import type { EphemeralRecords } from '@carillon/store';
import { ApiError } from '../http/problem';

/** One limit: at most `limit` requests per `windowSeconds` for each key; `limit` 0 turns it off. */
export interface RateLimit {
  /** Names the bucket in keys and in the problem's detail (`address`, `api-key`, `login` …). */
  readonly name: string;
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  readonly count: number;
  /** Seconds until the window ends (when a refused request may be retried). */
  readonly resetSeconds: number;
}

/** The window an instant falls in, and the seconds left in it. */
export function windowOf(nowMs: number, windowSeconds: number): { index: number; resetSeconds: number } {
  const windowMs = windowSeconds * 1000;
  const index = Math.floor(nowMs / windowMs);
  return { index, resetSeconds: Math.max(1, Math.ceil(((index + 1) * windowMs - nowMs) / 1000)) };
}

/**
 * Fixed-window counters in the table (one atomic UpdateItem ADD per request
 * and limit), so every API instance — each Lambda, each embedded process —
 * counts against the same number. A fixed window lets a client send up to
 * twice the limit around a window boundary; that is accepted for the price of
 * one write per request (a sliding log would need a read and a write).
 */
export class RateLimiter {
  constructor(
    private readonly records: EphemeralRecords,
    private readonly now: () => Date,
  ) {}

  async hit(rule: RateLimit, key: string): Promise<RateDecision> {
    if (rule.limit === 0) return { allowed: true, count: 0, resetSeconds: 0 };
    const { index, resetSeconds } = windowOf(this.now().getTime(), rule.windowSeconds);
    // The record outlives its window by one more, so a late request never sees a half-expired count.
    const { count } = await this.records.increment(
      `p#rate#${rule.name}#${key}#${index}`,
      rule.windowSeconds * 2,
    );
    return { allowed: count <= rule.limit, count, resetSeconds };
  }

  /** Counts the request and throws 429 with Retry-After once the limit is exceeded. */
  async enforce(rule: RateLimit, key: string): Promise<void> {
    const decision = await this.hit(rule, key);
    if (!decision.allowed) throw tooManyRequests(rule, decision.resetSeconds);
  }
}

/** 429 (RFC 6585 §4) with Retry-After in seconds (RFC 9110 §10.2.3). */
export function tooManyRequests(rule: RateLimit, retryAfterSeconds: number): ApiError {
  return new ApiError({
    status: 429,
    title: 'Too Many Requests',
    code: 'rate-limited',
    detail: `more than ${rule.limit} requests in ${rule.windowSeconds} s (${rule.name} limit); retry after ${retryAfterSeconds} s`,
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
}

/** The limits of the API, named; values from the config (documented there and in README). */
export function rateLimitsOf(config: {
  readonly RATE_LIMIT_WINDOW_SECONDS: number;
  readonly RATE_LIMIT_PER_ADDRESS: number;
  readonly RATE_LIMIT_PER_API_KEY: number;
  readonly RATE_LIMIT_PER_SESSION: number;
  readonly RATE_LIMIT_LOGIN_PER_ADDRESS: number;
  readonly RATE_LIMIT_RESET_PER_ADDRESS: number;
  readonly RATE_LIMIT_RESET_MAILS_PER_HOUR: number;
}) {
  const windowSeconds = config.RATE_LIMIT_WINDOW_SECONDS;
  return {
    address: { name: 'address', limit: config.RATE_LIMIT_PER_ADDRESS, windowSeconds },
    apiKey: { name: 'api-key', limit: config.RATE_LIMIT_PER_API_KEY, windowSeconds },
    session: { name: 'session', limit: config.RATE_LIMIT_PER_SESSION, windowSeconds },
    login: { name: 'login', limit: config.RATE_LIMIT_LOGIN_PER_ADDRESS, windowSeconds },
    resetRequest: { name: 'password-reset', limit: config.RATE_LIMIT_RESET_PER_ADDRESS, windowSeconds },
    resetMail: { name: 'reset-mail', limit: config.RATE_LIMIT_RESET_MAILS_PER_HOUR, windowSeconds: 3600 },
  } as const satisfies Record<string, RateLimit>;
}

export type RateLimits = ReturnType<typeof rateLimitsOf>;

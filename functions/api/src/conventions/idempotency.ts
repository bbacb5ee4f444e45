import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';

/**
 * `Idempotency-Key` on POST (IETF draft-ietf-httpapi-idempotency-key-header):
 * a retried request with the same key gets the first response again; the same
 * key with another body is a client bug → 422; a retry while the first is
 * still running → 409. Only successful responses are kept: a failed request
 * may be retried with the same key and is simply run again.
 */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Kept a day: long enough for any client retry loop. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;
/** A request that crashed mid-way frees its key after this. */
const IN_PROGRESS_TTL_SECONDS = 60;
const KEPT_HEADERS = ['content-type', 'etag', 'location'];

interface StoredResponse {
  readonly state: 'done';
  readonly fingerprint: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function keyError(status: 400 | 409 | 422, code: string, detail: string, headers?: Record<string, string>) {
  const titles = { 400: 'Bad Request', 409: 'Conflict', 422: 'Unprocessable Content' } as const;
  return new ApiError({ status, title: titles[status], code, detail, ...(headers ? { headers } : {}) });
}

export interface IdempotencyOptions {
  /**
   * The body as the record keeps it for replays. A response that shows a
   * secret once (a generated SIP password) must not leave it in the table for
   * a day: the replay then omits it, and the client rotates if it lost it.
   */
  readonly storedBody?: (body: string) => string;
}

export function idempotency(deps: ApiDeps, options: IdempotencyOptions = {}): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      throw keyError(
        400,
        'invalid-idempotency-key',
        'Idempotency-Key must be 1–255 visible ASCII characters',
      );
    }
    const principal = c.var.principal;
    // Keys are the caller's own namespace: two callers may pick the same key without meeting.
    const owner =
      principal.tenantId !== null ? `t#${principal.tenantId}` : `p#${principal.resellerId ?? 'platform'}`;
    const recordKey = `${owner}#idem#${principal.actor.kind}:${principal.actor.id}#${key}`;
    const fingerprint = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n`)
      .update(await c.req.text())
      .digest('hex');

    const claimed = await deps.ephemeral.put(
      recordKey,
      { state: 'in-progress', fingerprint },
      IN_PROGRESS_TTL_SECONDS,
      {
        ifAbsent: true,
      },
    );
    if (!claimed) {
      const record = await deps.ephemeral.get(recordKey);
      if (record?.fingerprint !== undefined && record.fingerprint !== fingerprint) {
        throw keyError(422, 'idempotency-key-reused', 'this Idempotency-Key was used with another request');
      }
      if (record?.state === 'done') return replay(record as unknown as StoredResponse);
      throw keyError(409, 'idempotency-in-progress', 'a request with this Idempotency-Key is still running', {
        'retry-after': '1',
      });
    }

    try {
      await next();
    } catch (error) {
      await deps.ephemeral.delete(recordKey);
      throw error;
    }
    const response = c.res;
    if (response.status < 200 || response.status > 299) {
      await deps.ephemeral.delete(recordKey);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const stored: StoredResponse = {
      state: 'done',
      fingerprint,
      status: response.status,
      headers,
      body: (options.storedBody ?? ((body: string) => body))(await response.clone().text()),
    };
    await deps.ephemeral.put(recordKey, { ...stored }, IDEMPOTENCY_TTL_SECONDS);
  };
}

function replay(stored: StoredResponse): Response {
  return new Response(stored.body, {
    status: stored.status,
    headers: { ...stored.headers, 'idempotent-replayed': 'true' },
  });
}

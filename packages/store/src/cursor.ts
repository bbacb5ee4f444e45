import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError, InvalidRequestError } from './errors';

/**
 * Opaque pagination cursors. A cursor carries the position DynamoDB returned
 * (ElectroDB's serialised LastEvaluatedKey, or a richer position for lists that
 * span partitions) together with the tenant and the list it belongs to, and is
 * signed with an HMAC so that a caller can neither edit the position nor replay
 * a cursor issued to another tenant or for another list.
 *
 * Format: base64url of `{"v":1,"t":tenant,"l":list,"p":position,"s":HMAC-SHA256}`
 * — a single base64url token, so it passes the API's cursor syntax
 * (`[A-Za-z0-9_-]`, see `@carillon/domain` pagination) unchanged.
 */
export interface CursorBinding {
  readonly tenantId: string;
  /** Which list the cursor continues, e.g. `user:list`; a cursor for one list is useless for another. */
  readonly list: string;
}

interface CursorPayload {
  readonly v: 1;
  readonly t: string;
  readonly l: string;
  readonly p: string;
  readonly s: string;
}

export const MIN_PAGE_LIMIT = 1;
export const MAX_PAGE_LIMIT = 100;
export const DEFAULT_PAGE_LIMIT = 50;

export interface PageRequest {
  /** 1–100; defaults to 50. */
  readonly limit?: number;
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Absent on the last page. */
  readonly nextCursor?: string;
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < MIN_PAGE_LIMIT || limit > MAX_PAGE_LIMIT) {
    throw new InvalidRequestError(`limit must be an integer from ${MIN_PAGE_LIMIT} to ${MAX_PAGE_LIMIT}`);
  }
  return limit;
}

export class CursorCodec {
  readonly #secret: Buffer;

  constructor(secret: string | Uint8Array) {
    this.#secret = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
    // A short secret makes the HMAC guessable; 16 bytes is the floor RFC 2104 §3 suggests for the hash's output size/2.
    if (this.#secret.length < 16) throw new InvalidRequestError('cursor secret must be at least 16 bytes');
  }

  encode(binding: CursorBinding, position: string): string {
    const signature = this.#sign(binding.tenantId, binding.list, position).toString('base64url');
    const payload: CursorPayload = { v: 1, t: binding.tenantId, l: binding.list, p: position, s: signature };
    return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  }

  /** Returns the position, or throws InvalidCursorError. */
  decode(binding: CursorBinding, cursor: string): string {
    const payload = parsePayload(cursor);
    const signature = Buffer.from(payload.s, 'base64url');
    const expected = this.#sign(payload.t, payload.l, payload.p);
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      throw new InvalidCursorError('signature mismatch');
    }
    if (payload.t !== binding.tenantId) throw new InvalidCursorError('issued to another tenant');
    if (payload.l !== binding.list) throw new InvalidCursorError('issued for another list');
    return payload.p;
  }

  #sign(tenantId: string, list: string, position: string): Buffer {
    // JSON of an array is an unambiguous encoding of the three fields (no separator tricks).
    return createHmac('sha256', this.#secret)
      .update(JSON.stringify([tenantId, list, position]))
      .digest();
  }
}

function parsePayload(cursor: string): CursorPayload {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError('malformed');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('malformed');
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    'v' in value &&
    value.v === 1 &&
    't' in value &&
    typeof value.t === 'string' &&
    'l' in value &&
    typeof value.l === 'string' &&
    'p' in value &&
    typeof value.p === 'string' &&
    's' in value &&
    typeof value.s === 'string'
  ) {
    return { v: 1, t: value.t, l: value.l, p: value.p, s: value.s };
  }
  throw new InvalidCursorError('malformed');
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { CallControlProtocolError } from './errors';
import { MAX_STATE_BYTES } from './limits';

/**
 * Opaque state. The control plane is stateless: what it needs across steps of
 * a call it returns as `state`, and the edge echoes it with the next event.
 * The state is sealed so that neither the edge nor anyone on the path can
 * forge it, edit it, or replay the state of one call into another call or
 * tenant:
 *
 *   token = "v1." base64url(payload) "." base64url(HMAC-SHA256(key, binding))
 *   payload = JSON {"d": data, "e"?: expiry in epoch ms}
 *   binding = JSON ["carillon.call-state.v1", tenantId, callId, base64url(payload)]
 *
 * The tenant and call are not in the token (they would cost bytes) but in
 * the MAC input, so a token verifies only for the call it was sealed for. The
 * JSON array encoding keeps the binding unambiguous whatever the ids contain.
 * The payload is readable, not encrypted: keep secrets out of state.
 *
 * Not prevented: replaying an older token of the same call (rollback), which
 * only server-side state could stop; an expiry bounds it.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface StateBinding {
  readonly callId: string;
  readonly tenantId: string;
}

/** An HMAC key of at least 32 bytes (RFC 2104 §3: not shorter than the hash output). A string is UTF-8. */
export type StateKey = string | Uint8Array;

export interface SealOptions {
  /** Lifetime from `now`, in ms; absent = no expiry. */
  readonly ttlMs?: number;
  /** Current time in epoch ms; default `Date.now()`. */
  readonly now?: number;
}

export interface OpenOptions {
  /** Current time in epoch ms; default `Date.now()`. */
  readonly now?: number;
}

const VERSION_PREFIX = 'v1.';
const DOMAIN = 'carillon.call-state.v1';
export const MIN_STATE_KEY_BYTES = 32;

function keyBytes(key: StateKey): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (bytes.length < MIN_STATE_KEY_BYTES) {
    throw CallControlProtocolError.of('state-key', `state key must be at least ${MIN_STATE_KEY_BYTES} bytes`);
  }
  return bytes;
}

function mac(key: Buffer, binding: StateBinding, payload: string): Buffer {
  return createHmac('sha256', key)
    .update(JSON.stringify([DOMAIN, binding.tenantId, binding.callId, payload]))
    .digest();
}

/** Seal `data` for one call. Throws `CallControlProtocolError` (`state-too-large`) past 8 KiB. */
export function sealState(
  data: JsonValue,
  key: StateKey,
  binding: StateBinding,
  options: SealOptions = {},
): string {
  const secret = keyBytes(key);
  let json: string;
  try {
    const expiresAt = options.ttlMs === undefined ? undefined : (options.now ?? Date.now()) + options.ttlMs;
    json = JSON.stringify(expiresAt === undefined ? { d: data } : { d: data, e: expiresAt });
  } catch (cause) {
    throw CallControlProtocolError.of('state-invalid', 'state data is not serialisable as JSON', cause);
  }
  const payload = Buffer.from(json, 'utf8').toString('base64url');
  const token = `${VERSION_PREFIX}${payload}.${mac(secret, binding, payload).toString('base64url')}`;
  if (token.length > MAX_STATE_BYTES) {
    throw CallControlProtocolError.of(
      'state-too-large',
      `sealed state is ${token.length} bytes, over the ${MAX_STATE_BYTES}-byte limit ` +
        `(its JSON is ${Buffer.byteLength(json, 'utf8')} bytes); keep less in state`,
    );
  }
  return token;
}

/**
 * Verify and open a token for the call it must belong to. `keys` may list
 * several keys (the current one first) so a key can be rotated without
 * breaking calls in progress. Throws `CallControlProtocolError`:
 * `state-too-large`, `state-invalid` (malformed, tampered, or sealed for
 * another call or tenant, or with another key), `state-expired`.
 */
export function openState(
  token: string,
  keys: StateKey | readonly StateKey[],
  binding: StateBinding,
  options: OpenOptions = {},
): JsonValue {
  if (token.length > MAX_STATE_BYTES) {
    throw CallControlProtocolError.of('state-too-large', `state is over the ${MAX_STATE_BYTES}-byte limit`);
  }
  const [payload, signature, ...rest] = token.startsWith(VERSION_PREFIX)
    ? token.slice(VERSION_PREFIX.length).split('.')
    : [];
  if (payload === undefined || signature === undefined || rest.length > 0) {
    throw CallControlProtocolError.of('state-invalid', 'state is not a v1 state token');
  }
  const given = Buffer.from(signature, 'base64url');
  const secrets = (Array.isArray(keys) ? keys : [keys]).map((key: StateKey) => keyBytes(key));
  const verified = secrets.some((secret) => {
    const expected = mac(secret, binding, payload);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!verified) {
    throw CallControlProtocolError.of(
      'state-invalid',
      'state was not sealed for this call with a known key (tampered, forged or from another call)',
    );
  }
  const opened = parsePayload(payload);
  if (opened.expiresAt !== undefined && (options.now ?? Date.now()) >= opened.expiresAt) {
    throw CallControlProtocolError.of('state-expired', 'state has expired');
  }
  return opened.data;
}

function parsePayload(payload: string): { data: JsonValue; expiresAt?: number } {
  // The MAC has passed, so the payload is ours; a failure here is a bug or a key leak, still reported cleanly.
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'd' in parsed) {
      const expiresAt = 'e' in parsed && typeof parsed.e === 'number' ? parsed.e : undefined;
      return { data: parsed.d as JsonValue, ...(expiresAt === undefined ? {} : { expiresAt }) };
    }
  } catch {
    // fall through
  }
  throw CallControlProtocolError.of('state-invalid', 'state payload is malformed');
}

/**
 * Open the state an event echoes, bound to that event's call and tenant; null
 * when the event carries none.
 */
export function openEventState(
  event: { readonly callId: string; readonly tenantId: string; readonly state: string | null },
  keys: StateKey | readonly StateKey[],
  options: OpenOptions = {},
): JsonValue | null {
  if (event.state === null) return null;
  return openState(event.state, keys, { callId: event.callId, tenantId: event.tenantId }, options);
}

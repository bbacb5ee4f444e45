import { describe, expect, test } from 'vitest';
import { CallControlProtocolError } from './errors';
import { MAX_STATE_BYTES } from './limits';
import { type JsonValue, openEventState, openState, sealState } from './state';
import { CALL_ID, STATE_KEY, TENANT_ID } from './test-support';

const call = { callId: CALL_ID, tenantId: TENANT_ID };
const data: JsonValue = {
  step: 'ivr',
  attempts: 2,
  dialled: '+4989700100',
  menu: ['1', '2'],
  vip: true,
  note: 'Grüße',
};

function errorOf(run: () => unknown): CallControlProtocolError {
  try {
    run();
  } catch (error) {
    if (error instanceof CallControlProtocolError) return error;
    throw error;
  }
  throw new Error('expected a CallControlProtocolError');
}

/** Flip one character of a base64url segment to another valid one. */
function flip(token: string, position: number): string {
  const char = token[position] === 'A' ? 'B' : 'A';
  return token.slice(0, position) + char + token.slice(position + 1);
}

describe('sealed state round-trips for its own call', () => {
  test('the data comes back as sealed, non-ASCII included', () => {
    const token = sealState(data, STATE_KEY, call);
    expect(token).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(openState(token, STATE_KEY, call)).toEqual(data);
  });

  test('the event helper opens an echoed token with the event ids, and null when there is none', () => {
    const token = sealState(data, STATE_KEY, call);
    expect(openEventState({ ...call, state: token }, STATE_KEY)).toEqual(data);
    expect(openEventState({ ...call, state: null }, STATE_KEY)).toBeNull();
  });

  test('a rotated key still opens tokens sealed with the previous one', () => {
    const previous = 'p'.repeat(32);
    const token = sealState(data, previous, call);
    expect(openState(token, [STATE_KEY, previous], call)).toEqual(data);
  });
});

describe('forged, tampered and replayed state is rejected', () => {
  const token = sealState(data, STATE_KEY, call);
  const [, payload = '', signature = ''] = token.split('.');

  test('an edited payload', () => {
    const forged = `v1.${Buffer.from(JSON.stringify({ d: { ...(data as object), attempts: 0 } })).toString('base64url')}.${signature}`;
    expect(errorOf(() => openState(forged, STATE_KEY, call)).code).toBe('state-invalid');
  });

  test('a flipped character in the payload or the signature', () => {
    expect(errorOf(() => openState(flip(token, 5), STATE_KEY, call)).code).toBe('state-invalid');
    expect(errorOf(() => openState(flip(token, token.length - 3), STATE_KEY, call)).code).toBe(
      'state-invalid',
    );
  });

  test('a token replayed into another call of the same tenant', () => {
    const error = errorOf(() => openState(token, STATE_KEY, { ...call, callId: 'other-call@pc33' }));
    expect(error.code).toBe('state-invalid');
    expect(error.message).toContain('another call');
  });

  test('a token replayed into another tenant with the same call id', () => {
    expect(errorOf(() => openState(token, STATE_KEY, { ...call, tenantId: 'tnt_other' })).code).toBe(
      'state-invalid',
    );
  });

  test('ids that concatenate alike do not collide ("ab"+"c" vs "a"+"bc")', () => {
    const sealed = sealState(1, STATE_KEY, { tenantId: 'ab', callId: 'c' });
    expect(errorOf(() => openState(sealed, STATE_KEY, { tenantId: 'a', callId: 'bc' })).code).toBe(
      'state-invalid',
    );
  });

  test('a token sealed with another key', () => {
    expect(errorOf(() => openState(token, 'z'.repeat(32), call)).code).toBe('state-invalid');
  });

  test('garbage and a missing signature', () => {
    for (const bad of [
      '',
      'hello',
      `v1.${payload}`,
      `v1.${payload}.${signature}.extra`,
      `v2.${payload}.${signature}`,
    ]) {
      expect(errorOf(() => openState(bad, STATE_KEY, call)).code).toBe('state-invalid');
    }
  });
});

describe('size and lifetime', () => {
  test('data whose token would pass 8 KiB is refused when sealing, with both sizes in the message', () => {
    const error = errorOf(() => sealState({ blob: 'x'.repeat(MAX_STATE_BYTES) }, STATE_KEY, call));
    expect(error.code).toBe('state-too-large');
    expect(error.message).toMatch(/sealed state is \d+ bytes, over the 8192-byte limit/);
  });

  test('the largest data that fits seals to at most 8 KiB, one more byte does not', () => {
    // base64url grows 3 bytes to 4; find the boundary by search rather than by hard-coding it.
    let low = 0;
    let high = MAX_STATE_BYTES;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      try {
        sealState('x'.repeat(middle), STATE_KEY, call);
        low = middle;
      } catch {
        high = middle - 1;
      }
    }
    expect(sealState('x'.repeat(low), STATE_KEY, call).length).toBeLessThanOrEqual(MAX_STATE_BYTES);
    expect(errorOf(() => sealState('x'.repeat(low + 1), STATE_KEY, call)).code).toBe('state-too-large');
  });

  test('an oversized token is refused before any HMAC work', () => {
    expect(errorOf(() => openState('v1.'.padEnd(MAX_STATE_BYTES + 1, 'a'), STATE_KEY, call)).code).toBe(
      'state-too-large',
    );
  });

  test('an expired token is refused; before expiry it opens', () => {
    const sealed = sealState(data, STATE_KEY, call, { ttlMs: 60_000, now: 1_000_000 });
    expect(openState(sealed, STATE_KEY, call, { now: 1_059_999 })).toEqual(data);
    expect(errorOf(() => openState(sealed, STATE_KEY, call, { now: 1_060_000 })).code).toBe('state-expired');
  });

  test('a key shorter than 32 bytes is refused for sealing and opening', () => {
    expect(errorOf(() => sealState(data, 'short', call)).code).toBe('state-key');
    expect(errorOf(() => openState(sealState(data, STATE_KEY, call), 'short', call)).code).toBe('state-key');
  });

  test('data that is not JSON (a cycle) is refused', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(errorOf(() => sealState(cyclic as JsonValue, STATE_KEY, call)).code).toBe('state-invalid');
  });
});

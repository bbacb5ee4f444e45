import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signMessage, verifyMessage, WebhookVerificationError } from './signing';

// The Standard Webhooks specification's example (and its reference libraries' test vector).
const SPEC_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const SPEC_ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const SPEC_TIMESTAMP = 1614265330;
const SPEC_BODY = '{"test": 2432232314}';

describe('Standard Webhooks signing', () => {
  it('signs the specification example as the specification does', () => {
    const headers = signMessage(SPEC_SECRET, SPEC_ID, new Date(SPEC_TIMESTAMP * 1000), SPEC_BODY);
    expect(headers).toEqual({
      'webhook-id': SPEC_ID,
      'webhook-timestamp': String(SPEC_TIMESTAMP),
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('is base64 of HMAC-SHA256 over "id.timestamp.body" keyed with the decoded secret', () => {
    const secret = generateWebhookSecret();
    const at = new Date('2026-11-25T06:00:00.700Z');
    const headers = signMessage(secret, 'msg_x', at, '{"a":1}');
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key)
      .update(`msg_x.${Math.floor(at.getTime() / 1000)}.{"a":1}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('verifies its own messages and refuses a changed body, id or secret', () => {
    const secret = generateWebhookSecret();
    const body = '{"type":"call.ended"}';
    const headers = { ...signMessage(secret, 'msg_1', new Date(), body) };
    expect(verifyMessage(secret, body, headers)).toEqual({ type: 'call.ended' });
    expect(() => verifyMessage(secret, `${body} `, headers)).toThrow(WebhookVerificationError);
    expect(() => verifyMessage(secret, body, { ...headers, 'webhook-id': 'msg_2' })).toThrow(
      WebhookVerificationError,
    );
    expect(() => verifyMessage(generateWebhookSecret(), body, headers)).toThrow(WebhookVerificationError);
  });

  it('refuses a message older than five minutes (replay)', () => {
    const secret = generateWebhookSecret();
    const headers = { ...signMessage(secret, 'msg_1', new Date(Date.now() - 6 * 60_000), '{}') };
    expect(() => verifyMessage(secret, '{}', headers)).toThrow(/too old/);
  });

  it('makes whsec_ secrets of 24 random bytes, different each time', () => {
    const first = generateWebhookSecret();
    expect(first).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(first.slice(6), 'base64')).toHaveLength(24);
    expect(generateWebhookSecret()).not.toBe(first);
  });
});

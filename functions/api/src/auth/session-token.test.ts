import { describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_SECONDS, SessionCodec } from './session-token';

const codec = new SessionCodec('unit-test-secret-unit-test-secret-0123');
const now = new Date('2026-01-01T08:00:00Z');

describe('session tokens', () => {
  it('verifies a token it issued, with its claims', () => {
    const { token, claims } = codec.issue('usr_a', 'tnt_a', now);
    expect(codec.verify(token, now)).toEqual(claims);
  });

  it('refuses a token whose claims were edited (another user) or signed with another secret', () => {
    const { token } = codec.issue('usr_a', 'tnt_a', now);
    const [payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
    const edited = Buffer.from(JSON.stringify({ ...claims, userId: 'usr_b' })).toString('base64url');
    expect(codec.verify(`${edited}.${signature}`, now)).toBeUndefined();
    const foreign = new SessionCodec('another-secret-another-secret-0123456').issue('usr_a', 'tnt_a', now);
    expect(codec.verify(foreign.token, now)).toBeUndefined();
  });

  it('refuses a token once its lifetime is over', () => {
    const { token } = codec.issue('usr_a', 'tnt_a', now);
    const later = new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000);
    expect(codec.verify(token, later)).toBeUndefined();
  });

  it("accepts only the session's own CSRF token", () => {
    const one = codec.issue('usr_a', 'tnt_a', now).claims;
    const two = codec.issue('usr_a', 'tnt_a', now).claims;
    expect(codec.checkCsrf(one.sid, codec.csrfToken(one.sid))).toBe(true);
    expect(codec.checkCsrf(one.sid, codec.csrfToken(two.sid))).toBe(false);
    expect(codec.checkCsrf(one.sid, undefined)).toBe(false);
  });
});

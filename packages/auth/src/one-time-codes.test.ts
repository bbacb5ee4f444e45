import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  generateToken,
  hashRecoveryCode,
  hashToken,
  RECOVERY_CODES,
} from './one-time-codes';

describe('recovery codes', () => {
  it('makes distinct codes of 16 Crockford base32 characters in groups of four', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODES.count);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('hashes a code the same however it is typed, and differently from other codes', () => {
    const [code = '', other = ''] = generateRecoveryCodes(2);
    const hash = hashRecoveryCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(hash);
    expect(hashRecoveryCode(other)).not.toBe(hash);
    expect(hashRecoveryCode('0OO0-1IL1-AAAA-BBBB')).toBe(hashRecoveryCode('0000-1111-AAAA-BBBB'));
  });
});

describe('tokens', () => {
  it('makes 256-bit URL-safe tokens stored only as a hash', () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(generateToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});

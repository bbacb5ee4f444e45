import { describe, expect, it } from 'vitest';
import { generateTotpSecret, TOTP_PARAMETERS, totpCode, totpStep, totpUri, verifyTotp } from './totp';

/** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP (RFC 6238)', () => {
  it('computes the codes of RFC 6238 Appendix B (last six of the eight digits)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ];
    for (const [seconds, code] of vectors) {
      expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code.slice(-6));
    }
  });

  it('accepts the current code and one step either side, not two', () => {
    const now = new Date(1_800_000_000_000);
    const at = (steps: number) => new Date(now.getTime() + steps * TOTP_PARAMETERS.periodSeconds * 1000);
    const secret = generateTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, now), now, null)).toBe(totpStep(now));
    expect(verifyTotp(secret, totpCode(secret, at(-1)), now, null)).toBe(totpStep(now) - 1);
    expect(verifyTotp(secret, totpCode(secret, at(1)), now, null)).toBe(totpStep(now) + 1);
    expect(verifyTotp(secret, totpCode(secret, at(-2)), now, null)).toBeUndefined();
    expect(verifyTotp(secret, totpCode(secret, at(2)), now, null)).toBeUndefined();
  });

  it('refuses a code of a step already used (RFC 6238 §5.2: no second acceptance)', () => {
    const now = new Date(1_800_000_000_000);
    const secret = generateTotpSecret();
    const step = verifyTotp(secret, totpCode(secret, now), now, null);
    expect(step).toBeDefined();
    expect(verifyTotp(secret, totpCode(secret, now), now, step ?? 0)).toBeUndefined();
  });

  it('refuses malformed codes and codes of another secret', () => {
    const now = new Date();
    const secret = generateTotpSecret();
    expect(verifyTotp(secret, 'abcdef', now, null)).toBeUndefined();
    expect(verifyTotp(secret, '1234567', now, null)).toBeUndefined();
    expect(verifyTotp(generateTotpSecret(), totpCode(secret, now), now, null)).toBeUndefined();
    expect(verifyTotp(secret, totpCode(secret, now).replace(/^(...)/, '$1 '), now, null)).toBeDefined();
  });

  it('makes 160-bit secrets and an otpauth URI that carries issuer, account and parameters', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, 'Carillon', 'ada@example.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Carillon:ada@example.test');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Carillon');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

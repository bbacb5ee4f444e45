import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateSipPassword,
  passwordMentionsIdentity,
  pinProblems,
  portalPasswordProblems,
  SIP_PASSWORD_PARANOID,
  SIP_PASSWORD_SECURE,
  sipPasswordProblems,
} from './password-policy';

describe('SIP password policy "Secure" (T300 L2609-2611: 16 / 3 a-z / 2 A-Z / 2 0-9)', () => {
  it('accepts a password at exactly the minimums', () => {
    expect(sipPasswordProblems('abcXY12zzzzzzzzz')).toEqual([]);
  });

  it('reports each missing class on its own', () => {
    expect(sipPasswordProblems('abcXY1zzzzzzzzzz')).toEqual([
      'SIP password must contain at least 2 digits (0-9)',
    ]);
    expect(sipPasswordProblems('abcX12zzzzzzzzzz')).toEqual([
      'SIP password must contain at least 2 upper-case letters (A-Z)',
    ]);
    expect(sipPasswordProblems('ABCDEF12ab345678')).toEqual([
      'SIP password must contain at least 3 lower-case letters (a-z)',
    ]);
    expect(sipPasswordProblems('abcXY12zzzzzzzz')).toEqual(['SIP password must be at least 16 characters']);
  });

  it('holds "Paranoid" to 30 / 5 / 5 / 5', () => {
    expect(sipPasswordProblems('abcXY12zzzzzzzzz', SIP_PASSWORD_PARANOID)).toEqual([
      'SIP password must be at least 30 characters',
      'SIP password must contain at least 5 upper-case letters (A-Z)',
      'SIP password must contain at least 5 digits (0-9)',
    ]);
  });
});

describe('generated SIP passwords', () => {
  it('always meet the policy they were generated for, whatever the random source yields', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (seeds) => {
        let call = 0;
        const random = (max: number) => (seeds[call++ % seeds.length] ?? 0) % max;
        expect(sipPasswordProblems(generateSipPassword(SIP_PASSWORD_SECURE, 16, random))).toEqual([]);
        expect(
          sipPasswordProblems(generateSipPassword(SIP_PASSWORD_PARANOID, 30, random), SIP_PASSWORD_PARANOID),
        ).toEqual([]);
      }),
    );
  });

  it('default to 24 characters without look-alike characters', () => {
    const password = generateSipPassword();
    expect(password).toHaveLength(24);
    expect(password).not.toMatch(/[lIO01]/);
  });
});

describe('portal password policy', () => {
  it('accepts a long passphrase with no composition rules', () => {
    expect(portalPasswordProblems('correct horse battery staple')).toEqual([]);
  });

  it('rejects short passwords, though the T300 accepted 6 characters (L319)', () => {
    expect(portalPasswordProblems('A_tz3-8pPj')).toEqual(['password must be at least 12 characters']);
  });

  it('rejects one repeated character and control characters', () => {
    expect(portalPasswordProblems('aaaaaaaaaaaa')).toEqual(['password must not be one repeated character']);
    expect(portalPasswordProblems('good password\u0007')).toEqual([
      'password must not contain control characters',
    ]);
  });

  it('rejects a password containing the login or mailbox name, in any case', () => {
    expect(passwordMentionsIdentity('my-ANNA-password', { login: 'anna' })).toBe(true);
    expect(passwordMentionsIdentity('secret greg.dalton 99', { email: 'greg.dalton@org.com' })).toBe(true);
    expect(passwordMentionsIdentity('unrelated phrase', { login: 'anna', email: 'a@b.c' })).toBe(false);
  });
});

describe('PINs', () => {
  it('accepts digits within the length', () => {
    expect(pinProblems('2580', 'PIN', 4, 10)).toEqual([]);
  });

  it('gives the length rule alone when the format is wrong', () => {
    expect(pinProblems('12a4', 'voicemail PIN', 4, 10)).toEqual(['voicemail PIN must be 4–10 digits']);
    expect(pinProblems('123', 'voicemail PIN', 4, 10)).toEqual(['voicemail PIN must be 4–10 digits']);
  });

  it('rejects the PINs tried first: repeated digits and straight runs', () => {
    expect(pinProblems('0000', 'PIN', 4, 10)).toEqual(['PIN must not be one repeated digit']);
    expect(pinProblems('1234', 'PIN', 4, 10)).toEqual([
      'PIN must not be a straight run of digits such as 1234',
    ]);
    expect(pinProblems('9876', 'PIN', 4, 10)).toEqual([
      'PIN must not be a straight run of digits such as 1234',
    ]);
  });
});

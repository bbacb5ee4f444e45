import { describe, expect, it } from 'vitest';
import { issuesOf } from '../test-support';
import { e164Schema, normaliseE164 } from './e164';

describe('E.164 numbers', () => {
  it('accepts + with a country code and up to 15 digits', () => {
    expect(issuesOf(e164Schema, '+4989123456')).toEqual([]);
    expect(issuesOf(e164Schema, '+123456789012345')).toEqual([]);
  });

  it.each([
    ['a 16th digit', '+1234567890123456'],
    ['a country code starting with 0', '+0891234'],
    ['no plus', '4989123456'],
    ['spaces', '+49 89 123456'],
  ])('rejects %s', (_reason, value) => {
    expect(issuesOf(e164Schema, value)).toEqual([
      { path: '', message: 'phone number must be in E.164 format: "+", country code, up to 15 digits' },
    ]);
  });

  it('normalises written forms, dropping the bracketed trunk prefix (0)', () => {
    expect(normaliseE164('+49 (0)89 123-456')).toBe('+4989123456');
    expect(normaliseE164('0049 89 123456')).toBe('+4989123456');
    expect(normaliseE164('+31 (20) 555.0100')).toBe('+31205550100');
  });

  it('needs the country code for a national number and drops its trunk prefix', () => {
    expect(normaliseE164('089 123456', '49')).toBe('+4989123456');
    expect(normaliseE164('089 123456')).toBeUndefined();
  });

  it('returns undefined for what cannot be a number', () => {
    expect(normaliseE164('+49 89 CALL-NOW')).toBeUndefined();
    expect(normaliseE164('+1234567890123456')).toBeUndefined();
  });
});

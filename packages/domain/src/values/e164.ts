import { z } from 'zod';

/**
 * ITU-T E.164: a `+`, a country code that never starts with 0, and at most
 * 15 digits in all (E.164 §6.1). Stored without spaces or punctuation.
 */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

export const e164Schema = z
  .string({ error: 'phone number must be a string' })
  .regex(E164_PATTERN, { error: 'phone number must be in E.164 format: "+", country code, up to 15 digits' });

export type E164 = z.infer<typeof e164Schema>;

/**
 * Bring a number written the way people write numbers ("+49 (0)89 123-456",
 * "0049 89 123456") into E.164. Returns `undefined` when the result is not
 * E.164. A national number (leading single 0) needs `countryCode` (digits,
 * e.g. "49"); the national trunk prefix 0 is then dropped, as dialled from abroad.
 */
export function normaliseE164(input: string, countryCode?: string): string | undefined {
  // "(0)" is the trunk prefix shown in brackets in German/Dutch/UK writing; it is not dialled from abroad.
  let digits = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s().\-/]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  else if (!digits.startsWith('+')) {
    if (countryCode === undefined || !/^[1-9]\d{0,2}$/.test(countryCode)) return undefined;
    digits = `+${countryCode}${digits.replace(/^0/, '')}`;
  }
  return E164_PATTERN.test(digits) ? digits : undefined;
}

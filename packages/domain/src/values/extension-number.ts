import { z } from 'zod';

/**
 * Internal numbers (extensions). The T640 manual allows 2–10 digits
 * (T640 manual L826); Carillon keeps to 2–6 so that an extension can never be
 * confused with a subscriber number of the public network, which in Europe is
 * at least 7 digits with its area code.
 */
export const EXTENSION_MIN_DIGITS = 2;
export const EXTENSION_MAX_DIGITS = 6;
const EXTENSION_PATTERN = new RegExp(`^\\d{${EXTENSION_MIN_DIGITS},${EXTENSION_MAX_DIGITS}}$`);

export const extensionNumberSchema = z
  .string({ error: 'extension number must be a string' })
  .regex(EXTENSION_PATTERN, {
    error: `extension number must be ${EXTENSION_MIN_DIGITS}–${EXTENSION_MAX_DIGITS} digits`,
  });

export type ExtensionNumber = z.infer<typeof extensionNumberSchema>;

/** The tenant settings an extension number must fit. */
export interface NumberingPlan {
  /** Outside-line prefix ("Prefix", T300 manual L282-288), e.g. "0"; empty when none is used. */
  readonly outsideLinePrefix: string;
  /** Inclusive range of internal numbers ("Internal Numbers", T300 manual L294-298). */
  readonly internalNumberRange: { readonly from: string; readonly to: string };
  /** Emergency numbers reserved from the internal plan (T300 manual L1920-1924). */
  readonly emergencyNumbers: readonly string[];
}

/**
 * The tenant-specific rules for an extension number, as messages (empty when
 * the number fits). Format is checked by `extensionNumberSchema`.
 */
export function extensionNumberProblems(number: string, plan: NumberingPlan): string[] {
  const problems: string[] = [];
  // The prefix separates internal from external numbers (T300 manual L282-288):
  // an extension that starts with it could never be dialled.
  if (plan.outsideLinePrefix !== '' && number.startsWith(plan.outsideLinePrefix)) {
    problems.push(`extension number must not start with the outside-line prefix "${plan.outsideLinePrefix}"`);
  }
  const { from, to } = plan.internalNumberRange;
  if (!isInNumberRange(number, from, to)) {
    problems.push(`extension number must be within the internal number range ${from}–${to}`);
  }
  // T300 manual L1920-1924: an emergency number can no longer be an internal number.
  for (const emergency of plan.emergencyNumbers) {
    if (number === emergency || number.startsWith(emergency) || emergency.startsWith(number)) {
      problems.push(`extension number must not overlap the emergency number ${emergency}`);
    }
  }
  return problems;
}

/**
 * Range check for digit strings of possibly different lengths: a range "100"–"899"
 * holds only 3-digit numbers, a range "10"–"9999" holds 2- to 4-digit numbers
 * whose numeric value lies within it.
 */
export function isInNumberRange(number: string, from: string, to: string): boolean {
  if (number.length < from.length || number.length > to.length) return false;
  const value = Number(number);
  return value >= Number(from) && value <= Number(to);
}

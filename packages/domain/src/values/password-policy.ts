import { randomInt } from 'node:crypto';

/**
 * SIP password guidelines of the T300/T500 PRO manual (L2596-2611), used there
 * for autoprovisioning and for generated passwords of manual phones:
 *
 *   Guideline  Length  a-z  A-Z  0-9
 *   Secure       16     3    2    2
 *   Paranoid     30     5    5    5
 *
 * The T640 manual has no such rule (it only says the SIP password "is generated
 * automatically", L840-841), so Carillon uses "Secure" as its floor.
 */
export interface CharacterPolicy {
  readonly name: string;
  readonly minLength: number;
  readonly minLower: number;
  readonly minUpper: number;
  readonly minDigits: number;
}

export const SIP_PASSWORD_SECURE: CharacterPolicy = {
  name: 'Secure',
  minLength: 16,
  minLower: 3,
  minUpper: 2,
  minDigits: 2,
};

export const SIP_PASSWORD_PARANOID: CharacterPolicy = {
  name: 'Paranoid',
  minLength: 30,
  minLower: 5,
  minUpper: 5,
  minDigits: 5,
};

function count(value: string, pattern: RegExp): number {
  return value.match(pattern)?.length ?? 0;
}

/** What a password lacks to meet `policy`; empty when it complies. */
export function characterPolicyProblems(password: string, policy: CharacterPolicy, label: string): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) {
    problems.push(`${label} must be at least ${policy.minLength} characters`);
  }
  if (count(password, /[a-z]/g) < policy.minLower) {
    problems.push(`${label} must contain at least ${policy.minLower} lower-case letters (a-z)`);
  }
  if (count(password, /[A-Z]/g) < policy.minUpper) {
    problems.push(`${label} must contain at least ${policy.minUpper} upper-case letters (A-Z)`);
  }
  if (count(password, /\d/g) < policy.minDigits) {
    problems.push(`${label} must contain at least ${policy.minDigits} digits (0-9)`);
  }
  return problems;
}

export function sipPasswordProblems(
  password: string,
  policy: CharacterPolicy = SIP_PASSWORD_SECURE,
): string[] {
  return characterPolicyProblems(password, policy, 'SIP password');
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LOWER + UPPER + DIGITS;

export type RandomIndex = (exclusiveMax: number) => number;

/**
 * A SIP password that meets `policy`: the required letters and digits first,
 * the rest from the whole alphabet, then shuffled (Fisher–Yates). Look-alikes
 * (l/1, O/0, I) are left out because these passwords get typed into phones.
 * Length 24 gives ~140 bits; phones accept it.
 */
export function generateSipPassword(
  policy: CharacterPolicy = SIP_PASSWORD_SECURE,
  length = Math.max(24, policy.minLength),
  random: RandomIndex = randomInt,
): string {
  const pick = (from: string) => from[random(from.length)] ?? '';
  const characters: string[] = [];
  for (let i = 0; i < policy.minLower; i++) characters.push(pick(LOWER));
  for (let i = 0; i < policy.minUpper; i++) characters.push(pick(UPPER));
  for (let i = 0; i < policy.minDigits; i++) characters.push(pick(DIGITS));
  while (characters.length < length) characters.push(pick(ALPHABET));
  for (let i = characters.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [characters[i], characters[j]] = [characters[j] ?? '', characters[i] ?? ''];
  }
  return characters.join('');
}

/**
 * Portal (web) passwords. The T300 manual asked for at least 6 characters from
 * a-z, A-Z, umlauts, 0-9 and `-_.#*` (L319-324) for a PBX on the LAN; a portal
 * on the internet follows NIST SP 800-63B §5.1.1.2 instead: at least 12
 * characters, any printable characters, no composition rules, but not the
 * login or e-mail and not one repeated character.
 */
export const PORTAL_PASSWORD_MIN = 12;
export const PORTAL_PASSWORD_MAX = 128;

export function portalPasswordProblems(
  password: string,
  context: { readonly login?: string; readonly email?: string } = {},
): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PORTAL_PASSWORD_MIN)
    problems.push(`password must be at least ${PORTAL_PASSWORD_MIN} characters`);
  if (length > PORTAL_PASSWORD_MAX)
    problems.push(`password must be at most ${PORTAL_PASSWORD_MAX} characters`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
  if (/[\u0000-\u001f\u007f]/.test(password)) problems.push('password must not contain control characters');
  if (length > 0 && new Set(password).size === 1)
    problems.push('password must not be one repeated character');
  if (passwordMentionsIdentity(password, context)) {
    problems.push('password must not contain the login name or e-mail address');
  }
  return problems;
}

/** Whether the password contains the login or the e-mail mailbox name (3+ characters, any case). */
export function passwordMentionsIdentity(
  password: string,
  context: { readonly login?: string; readonly email?: string },
): boolean {
  const lowered = password.toLowerCase();
  const names = [context.login, context.email?.split('@')[0]];
  return names.some((name) => name !== undefined && name.length >= 3 && lowered.includes(name.toLowerCase()));
}

/**
 * Numeric PINs typed on a phone keypad (voicemail, phone login). Length from the
 * caller (T640 manual L836: login PIN 3–10 digits). Also rejects PINs anyone
 * tries first: one repeated digit and straight runs (1234, 9876).
 */
export function pinProblems(pin: string, label: string, minLength: number, maxLength: number): string[] {
  if (!new RegExp(`^\\d{${minLength},${maxLength}}$`).test(pin)) {
    return [`${label} must be ${minLength}–${maxLength} digits`];
  }
  const problems: string[] = [];
  if (new Set(pin).size === 1) problems.push(`${label} must not be one repeated digit`);
  const steps = [...pin].slice(1).map((digit, index) => Number(digit) - Number(pin[index]));
  if (steps.every((step) => step === 1) || steps.every((step) => step === -1)) {
    problems.push(`${label} must not be a straight run of digits such as 1234`);
  }
  return problems;
}

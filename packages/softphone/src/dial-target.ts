/*
 * What a user types into a softphone's dial field, as a SIP URI in the tenant's domain. Pure, so the
 * portal and the tests share one rule. RFC 3261 §19.1.1: user part characters; §25.1 unreserved and
 * escaped; RFC 3966 visual separators are dropped from numbers.
 */

export class DialTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DialTargetError';
  }
}

/** Longest dial string accepted (E.164 is 15 digits; SIP user parts in a PBX stay short). */
export const MAX_DIAL_LENGTH = 64;

const SIP_URI = /^sips?:[^\s@]+@[^\s@]+$/i;
const NUMBER = /^\+?[0-9*#]+$/;
const USER = /^[A-Za-z0-9\-_.!~*'()&=+$,;?/]+$/;
const SEPARATORS = /[\s().-]/g;

/**
 * `201`, `+49 30 1234-56`, `alice`, `alice@other.example` or a full `sip:`/`sips:` URI → a SIP URI
 * string JsSIP can call. Throws DialTargetError for an empty or unusable input.
 */
export function toDialUri(input: string, domain: string): string {
  const text = input.trim();
  if (text === '') throw new DialTargetError('enter a number or address to call');
  if (text.length > MAX_DIAL_LENGTH) {
    throw new DialTargetError(`a dial string has at most ${MAX_DIAL_LENGTH} characters`);
  }
  if (/^sips?:/i.test(text)) {
    if (!SIP_URI.test(text)) throw new DialTargetError(`not a SIP URI: ${text}`);
    return text;
  }
  if (text.includes('@')) {
    const [user, host] = text.split('@');
    if (!user || !host || !USER.test(user) || /\s/.test(host)) {
      throw new DialTargetError(`not an address: ${text}`);
    }
    return `sip:${user}@${host}`;
  }
  const number = text.replace(SEPARATORS, '');
  if (NUMBER.test(number)) return `sip:${number}@${domain}`;
  if (USER.test(text)) return `sip:${text}@${domain}`;
  throw new DialTargetError(`not a number or user name: ${text}`);
}

/** RFC 4733 §3.2 events a softphone can send as DTMF: digits, * and #, A–D. */
export function dtmfTones(input: string): string {
  const tones = input.replace(/\s/g, '').toUpperCase();
  if (!/^[0-9*#A-D]+$/.test(tones)) throw new DialTargetError(`not DTMF: ${input}`);
  return tones;
}

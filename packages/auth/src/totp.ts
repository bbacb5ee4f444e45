import { Secret, TOTP } from 'otpauth';

/**
 * TOTP second factor (RFC 6238) with the parameters every authenticator app
 * supports: HMAC-SHA1, 6 digits, 30-second steps (RFC 6238 §4, §5.2), and a
 * 160-bit secret (RFC 4226 §4 R6 recommends 160 bits).
 */
export const TOTP_PARAMETERS = {
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  secretBytes: 20,
  /**
   * Codes one step before or after the current one are accepted (RFC 6238
   * §5.2 allows for "at most one time step" of network delay and clock drift).
   */
  window: 1,
} as const;

/** A new random secret, base32 (RFC 4648 §6) as authenticator apps expect it. */
export function generateTotpSecret(): string {
  return new Secret({ size: TOTP_PARAMETERS.secretBytes }).base32;
}

function totpOf(secretBase32: string, issuer = 'Carillon', label = 'user'): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: TOTP_PARAMETERS.algorithm,
    digits: TOTP_PARAMETERS.digits,
    period: TOTP_PARAMETERS.periodSeconds,
  });
}

/**
 * The `otpauth://totp/…` URI (Google Authenticator "Key Uri Format") an
 * authenticator app reads from a QR code. It contains the secret: show it once.
 */
export function totpUri(secretBase32: string, issuer: string, accountName: string): string {
  return totpOf(secretBase32, issuer, accountName).toString();
}

/** The time step (counter) at `now`: floor(unix seconds / period), RFC 6238 §4.2. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PARAMETERS.periodSeconds);
}

/** The code for `now` (for tests and for nothing else: the server never shows a code). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}

/**
 * The time step a code belongs to, when it is valid at `now` within the
 * window and newer than `lastUsedStep`; undefined otherwise. RFC 6238 §5.2:
 * "the verifier MUST NOT accept the second attempt of the OTP after the
 * successful validation has been issued for the first OTP" — so the caller
 * stores the returned step and passes it back as `lastUsedStep`.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totpOf(secretBase32).validate({
    token,
    timestamp: now.getTime(),
    window: TOTP_PARAMETERS.window,
  });
  if (delta === null) return undefined;
  const step = totpStep(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? undefined : step;
}

import { createHmac } from 'node:crypto';

/**
 * One configured secret, several independent keys (HKDF-like expansion with
 * HMAC-SHA256, RFC 5869 §2.3 with a single block): a leaked cursor key says
 * nothing about the session key.
 */
export function deriveKey(
  secret: string,
  purpose: 'session' | 'csrf' | 'cursor' | 'totp' | 'trunk-secret',
): Buffer {
  return createHmac('sha256', secret).update(`carillon-api:${purpose}\u0001`).digest();
}

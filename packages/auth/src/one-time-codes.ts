import { createHash, randomBytes } from 'node:crypto';

/**
 * Recovery codes for a lost authenticator and e-mailed reset tokens: random,
 * single use, and stored only as SHA-256. Both carry at least 80 random bits,
 * so a fast hash suffices (NIST SP 800-63B §5.1.1.2 asks for a slow hash
 * only for secrets a person chooses).
 */
export const RECOVERY_CODES = {
  count: 10,
  /** 16 characters of Crockford base32: 80 bits. */
  characters: 16,
} as const;

/** Crockford's base32 alphabet: no I, L, O, U, so codes read aloud and typed by hand survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(characters: number): string {
  const bytes = randomBytes(characters);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}

/** Fresh recovery codes as shown to the user (`ABCD-EFGH-JKMN-PQRS`). */
export function generateRecoveryCodes(count: number = RECOVERY_CODES.count): string[] {
  return Array.from({ length: count }, () =>
    (randomCode(RECOVERY_CODES.characters).match(/.{4}/g) ?? []).join('-'),
  );
}

/** Hash of a recovery code as typed: case, spaces and dashes do not matter; O/I/L read as 0/1/1. */
export function hashRecoveryCode(code: string): string {
  const normal = code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return createHash('sha256').update(`recovery:${normal}`).digest('hex');
}

/** A URL-safe single-use token of 256 random bits (password reset links). */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token: SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(`token:${token}`).digest('hex');
}

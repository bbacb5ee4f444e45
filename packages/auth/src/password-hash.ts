import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id parameters for portal passwords: OWASP's recommended minimum
 * (19 MiB memory, 2 iterations, 1 lane). Changing them only affects new
 * hashes; the PHC string of every stored hash carries its own parameters.
 */
export const PASSWORD_HASH_PARAMETERS = {
  // Algorithm.Argon2id; the package exports it as an ambient const enum,
  // which isolated modules cannot read, so its value is written out.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a portal password into a PHC string (`$argon2id$v=19$m=…`). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_PARAMETERS);
}

/** False for a wrong password and for a malformed stored hash alike: nothing to distinguish. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

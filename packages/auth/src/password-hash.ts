import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * Argon2id parameters for portal passwords: OWASP's recommended minimum
 * (19 MiB memory, 2 iterations, 1 lane). Changing them only affects new
 * hashes; the PHC string of every stored hash carries its own parameters.
 *
 * hash-wasm runs argon2 as WebAssembly embedded in its JavaScript: it bundles
 * into the Lambda with esbuild for any architecture, where a native addon
 * would need a per-platform binary beside the bundle.
 */
export const PASSWORD_HASH_PARAMETERS = {
  memorySize: 19_456,
  iterations: 2,
  parallelism: 1,
  hashLength: 32,
  saltLength: 16,
} as const;

/** Hashes a portal password into a PHC string (`$argon2id$v=19$m=…`). */
export function hashPassword(password: string): Promise<string> {
  const { saltLength, ...parameters } = PASSWORD_HASH_PARAMETERS;
  return argon2id({ ...parameters, password, salt: randomBytes(saltLength), outputType: 'encoded' });
}

/** False for a wrong password and for a malformed stored hash alike: nothing to distinguish. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash: storedHash });
  } catch {
    return false;
  }
}

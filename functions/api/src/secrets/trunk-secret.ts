import type { SecretBox } from '@carillon/auth';

/**
 * Trunk passwords at rest: sealed with AES-256-GCM (SecretBox) and bound to
 * tenant and trunk by the associated data, so a `secretRef` copied to another
 * trunk does not open there. Stored as `enc:v1:<base64url>`, the envelope form
 * the domain's `secretRefSchema` accepts.
 */
const PREFIX = 'enc:v1:';

function associatedData(tenantId: string, trunkId: string): string {
  return `carillon-trunk:${tenantId}:${trunkId}`;
}

export function sealTrunkPassword(
  box: SecretBox,
  tenantId: string,
  trunkId: string,
  password: string,
): string {
  const sealed = box.seal(password, associatedData(tenantId, trunkId));
  return `${PREFIX}${Buffer.from(sealed, 'utf8').toString('base64url')}`;
}

/** The password, or undefined for a reference of another kind, key, tenant or trunk (or a corrupt one). */
export function openTrunkPassword(
  box: SecretBox,
  tenantId: string,
  trunkId: string,
  secretRef: string,
): string | undefined {
  if (!secretRef.startsWith(PREFIX)) return undefined;
  const sealed = Buffer.from(secretRef.slice(PREFIX.length), 'base64url').toString('utf8');
  return box.open(sealed, associatedData(tenantId, trunkId));
}

import { randomBytes } from 'node:crypto';
import {
  type Device,
  deviceCredentialHashes,
  generateSipPassword,
  sipUsernameSchema,
} from '@carillon/domain';
import type { Store } from '@carillon/store';

/** Attempts at a free generated SIP username before the create gives up (a 500: 24 random bits collide rarely). */
export const SIP_USERNAME_ATTEMPTS = 5;

/**
 * A generated digest username: `<extension>-<6 hex>` for a user's device
 * (readable in registrations and CDRs), `<kind>-<6 hex>` otherwise. The
 * store keeps SIP usernames unique platform-wide (so also within the
 * tenant's SIP domain, the digest realm): the registrar resolves a REGISTER
 * by the username before it knows the tenant. A taken name is retried; a
 * race between two creates ends in the store's unique constraint (409).
 */
export async function freeSipUsername(store: Store, prefix: string): Promise<string> {
  for (let attempt = 0; attempt < SIP_USERNAME_ATTEMPTS; attempt++) {
    const suffix = randomBytes(3).toString('hex');
    const candidate = sipUsernameSchema.safeParse(`${prefix}-${suffix}`.toLowerCase());
    const username = candidate.success ? candidate.data : `dev-${suffix}`;
    if ((await store.devices.resolveBySipUsername(username)) === undefined) return username;
  }
  throw new Error(`no free SIP username after ${SIP_USERNAME_ATTEMPTS} attempts`);
}

/** What a device stores for a new SIP password, and the password to show once. */
export interface NewCredentials {
  readonly sipPassword: string;
  readonly stored: Pick<Device, 'ha1Md5' | 'ha1Sha256' | 'credentialsRotatedAt'>;
}

/**
 * A fresh random SIP password (24 characters, ~140 bits, no look-alikes) and
 * the HA1 values the edge checks digest responses with: H(username:realm:password)
 * with MD5 (RFC 2617 §3.2.2.2) and SHA-256 (RFC 7616 §3.4.2, RFC 8760). The
 * realm is the tenant's SIP domain. The plaintext is never stored.
 */
export function newCredentials(sipUsername: string, sipDomain: string, now: Date): NewCredentials {
  const sipPassword = generateSipPassword();
  return {
    sipPassword,
    stored: {
      ...deviceCredentialHashes(sipUsername, sipDomain, sipPassword),
      credentialsRotatedAt: now.toISOString(),
    },
  };
}

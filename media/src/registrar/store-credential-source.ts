import type { Store } from '@carillon/store';
import type { CredentialSource, SipCredential } from './credential-source';

/**
 * Credentials read straight from the store, for tests and for running the edge without the
 * call-control app. The deployed edge asks the control plane (control-plane-credential-source.ts),
 * which answers from the same items.
 */
export class StoreCredentialSource implements CredentialSource {
  readonly #store: Pick<Store, 'tenants' | 'devices'>;

  constructor(store: Pick<Store, 'tenants' | 'devices'>) {
    this.#store = store;
  }

  async findCredential(domain: string, username: string): Promise<SipCredential | undefined> {
    // The SIP domain is `<slug>.<platform domain>` (ARCHITECTURE.md §4).
    const slug = domain.split('.')[0];
    if (!slug) return undefined;
    const tenant = await this.#store.tenants.findBySlug(slug);
    if (!tenant || tenant.sipDomain !== domain || tenant.status !== 'active') return undefined;
    const device = await this.#store.devices.resolveBySipUsername(username);
    if (!device || device.tenantId !== tenant.id) return undefined;
    const tenantMax = tenant.limits.maxConcurrentCalls;
    return {
      tenantId: tenant.id,
      deviceId: device.id,
      realm: tenant.sipDomain,
      ha1Md5: device.ha1Md5,
      ha1Sha256: device.ha1Sha256,
      ...(tenantMax === null ? {} : { tenantMaxConcurrentCalls: tenantMax }),
    };
  }
}

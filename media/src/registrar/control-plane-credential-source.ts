import { z } from 'zod';
import type { CredentialSource, SipCredential } from './credential-source';

const credentialSchema = z.object({
  tenantId: z.string().min(1),
  deviceId: z.string().min(1),
  realm: z.string().min(1),
  ha1Md5: z.string().regex(/^[0-9a-f]{32}$/),
  ha1Sha256: z.string().regex(/^[0-9a-f]{64}$/),
  maxConcurrentCalls: z.number().int().positive().optional(),
  tenantMaxConcurrentCalls: z.number().int().positive().optional(),
});

export interface ControlPlaneCredentialSourceOptions {
  readonly baseUrl: string;
  readonly edgeToken: string;
  /** The registrar cannot wait long: a phone retransmits REGISTER after 500 ms over UDP. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** The control-plane answer was neither a credential nor a 404. */
export class CredentialLookupError extends Error {
  override readonly name = 'CredentialLookupError';
}

/**
 * Credentials from the control plane's edge API (`GET /edge/v1/sip-credentials`), authenticated
 * with the shared edge token. Written against the documented contract with plain fetch until
 * `@carillon/edge-api`'s client is available.
 */
export class ControlPlaneCredentialSource implements CredentialSource {
  readonly #options: ControlPlaneCredentialSourceOptions;

  constructor(options: ControlPlaneCredentialSourceOptions) {
    this.#options = options;
  }

  async findCredential(domain: string, username: string): Promise<SipCredential | undefined> {
    const url = new URL('/edge/v1/sip-credentials', this.#options.baseUrl);
    url.searchParams.set('domain', domain);
    url.searchParams.set('username', username);
    const doFetch = this.#options.fetch ?? fetch;
    const response = await doFetch(url, {
      headers: { authorization: `Bearer ${this.#options.edgeToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(this.#options.timeoutMs ?? 2000),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new CredentialLookupError(`control plane answered ${response.status}`);
    const parsed = credentialSchema.safeParse(await response.json());
    if (!parsed.success) throw new CredentialLookupError('control plane sent an invalid credential');
    return parsed.data;
  }
}

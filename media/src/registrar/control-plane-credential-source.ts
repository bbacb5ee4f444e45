import type { ControlPlaneClient } from '@carillon/edge-api';
import type { CredentialSource, SipCredential } from './credential-source';

/**
 * Credentials from the control plane's edge API (`GET /edge/v1/sip-credentials`) through the shared
 * `@carillon/edge-api` client (bearer edge token, zod-checked answer). A 404 is an unknown user,
 * which the registrar challenges exactly like a known one; any other failure throws and the
 * registrar answers 503 (request-authenticator.ts).
 */
export class ControlPlaneCredentialSource implements CredentialSource {
  readonly #client: Pick<ControlPlaneClient, 'getSipCredentials'>;
  readonly #timeoutMs: number;

  /** `timeoutMs`: short, since a phone retransmits REGISTER after 500 ms over UDP anyway. */
  constructor(client: Pick<ControlPlaneClient, 'getSipCredentials'>, timeoutMs = 2000) {
    this.#client = client;
    this.#timeoutMs = timeoutMs;
  }

  async findCredential(domain: string, username: string): Promise<SipCredential | undefined> {
    const found = await this.#client.getSipCredentials({ domain, username }, { timeoutMs: this.#timeoutMs });
    if (!found) return undefined;
    return {
      tenantId: found.tenantId,
      deviceId: found.deviceId,
      realm: found.realm,
      ha1Md5: found.ha1Md5,
      ha1Sha256: found.ha1Sha256,
      maxConcurrentCalls: found.maxConcurrentCalls,
      ...(found.tenantMaxConcurrentCalls === null
        ? {}
        : { tenantMaxConcurrentCalls: found.tenantMaxConcurrentCalls }),
    };
  }
}

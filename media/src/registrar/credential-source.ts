/**
 * A device's digest credentials as the control plane hands them to the edge
 * (`GET /edge/v1/sip-credentials?domain=&username=`). HA1 only: the edge never sees a password.
 */
export interface SipCredential {
  readonly tenantId: string;
  readonly deviceId: string;
  /** The tenant's SIP domain, which is the digest realm (ARCHITECTURE.md §4). */
  readonly realm: string;
  readonly ha1Md5: string;
  readonly ha1Sha256: string;
  readonly maxConcurrentCalls?: number;
  readonly tenantMaxConcurrentCalls?: number;
}

/** Where the edge gets credentials; `undefined` for an unknown domain or user. Throws when unreachable. */
export interface CredentialSource {
  findCredential(domain: string, username: string): Promise<SipCredential | undefined>;
}

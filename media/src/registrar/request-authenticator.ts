import type { Logger } from '@carillon/logger';
import {
  baseAlgorithm,
  createResponse,
  type Destination,
  type DigestAuthenticator,
  type DigestCredentials,
  getFrom,
  getRequestUri,
  getTo,
  parseAlgorithm,
  parseDigestCredentials,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import type { AuthFailureBan } from '../security/auth-failure-ban';
import type { CredentialSource, SipCredential } from './credential-source';

/** Who sent a request, once its digest checked out. */
export interface DeviceIdentity {
  readonly tenantId: string;
  readonly deviceId: string;
  readonly username: string;
  /** The tenant's SIP domain (the realm). */
  readonly domain: string;
  readonly credential: SipCredential;
}

export type AuthOutcome =
  | { readonly ok: true; readonly identity: DeviceIdentity }
  /** Send `response` (401/407 challenge, or 503 when credentials could not be fetched). */
  | { readonly ok: false; readonly response: SipResponse };

export interface RequestAuthenticatorOptions {
  readonly digest: DigestAuthenticator;
  readonly credentials: CredentialSource;
  readonly bans: AuthFailureBan;
  readonly logger: Logger;
  readonly newTag: () => string;
}

const IP_LITERAL = /^(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|\[[0-9a-fA-F:.]+\])$/;

/**
 * The domain a request claims, which names the tenant (ARCHITECTURE.md §4) and the digest realm.
 * REGISTER: the Request-URI's domain (§10.3 step 1); other requests: the From domain (the caller's
 * identity, §22.3). Phones set up with the edge's IP as registrar put the IP there; then the To
 * (REGISTER) or From domain still names the tenant.
 */
export function claimedDomain(request: SipRequest): string | undefined {
  const primary = request.method === 'REGISTER' ? getRequestUri(request) : getFrom(request).uri;
  const fallback = request.method === 'REGISTER' ? getTo(request).uri : getRequestUri(request);
  for (const uri of [primary, fallback]) {
    if (uri.kind === 'sip' && !IP_LITERAL.test(uri.host)) return uri.host.toLowerCase();
  }
  return primary.kind === 'sip' ? primary.host.toLowerCase() : undefined;
}

/**
 * Digest authentication of every request from a device (RFC 3261 §22): REGISTER is challenged by
 * the registrar with 401/WWW-Authenticate (§22.2), every other request with 407/Proxy-Authenticate
 * (§22.3), which is what phones expect of their outbound proxy. Known and unknown users — and
 * unknown domains — get byte-for-byte the same kind of challenge and the same failure path (the
 * DigestAuthenticator runs the computation against a dummy HA1), so nothing can be enumerated.
 * Each failed response counts against the source IP's ban (security/auth-failure-ban.ts).
 */
export class RequestAuthenticator {
  readonly #options: RequestAuthenticatorOptions;

  constructor(options: RequestAuthenticatorOptions) {
    this.#options = options;
  }

  async authenticateRequest(request: SipRequest, source: Destination): Promise<AuthOutcome> {
    const registrar = request.method === 'REGISTER';
    const domain = claimedDomain(request);
    if (domain === undefined) return { ok: false, response: this.#challenge(request, 'invalid', false) };
    const credentials = this.#credentialsFor(request, domain, registrar);
    if (!credentials) return { ok: false, response: this.#challenge(request, domain, false) };

    let credential: SipCredential | undefined;
    try {
      credential = await this.#options.credentials.findCredential(domain, credentials.username);
    } catch (error) {
      this.#options.logger.error({ err: error, domain }, 'credential lookup failed');
      // §21.5.4: a temporary failure of this server; the UA retries, the source is not blamed.
      return {
        ok: false,
        response: createResponse(request, 503, 'Service Unavailable', {
          toTag: this.#options.newTag(),
          headers: { 'Retry-After': '5' },
        }),
      };
    }
    const parsed = parseAlgorithm(credentials.algorithm);
    const algorithm = parsed === undefined ? 'MD5' : baseAlgorithm(parsed);
    const ha1 = credential ? (algorithm === 'SHA-256' ? credential.ha1Sha256 : credential.ha1Md5) : undefined;
    const verdict = this.#options.digest.verify({
      credentials,
      method: request.method,
      requestUri: request.uri,
      realm: domain,
      ha1,
    });
    if (verdict.outcome === 'ok' && credential) {
      return {
        ok: true,
        identity: {
          tenantId: credential.tenantId,
          deviceId: credential.deviceId,
          username: verdict.username,
          domain,
          credential,
        },
      };
    }
    if (verdict.outcome === 'stale') return { ok: false, response: this.#challenge(request, domain, true) };
    const reason = verdict.outcome === 'invalid' ? verdict.reason : 'unknown';
    const banned = this.#options.bans.recordFailure(source.host);
    this.#options.logger.warn(
      { source: source.host, domain, username: credentials.username, reason, banned },
      'digest authentication failed',
    );
    return { ok: false, response: this.#challenge(request, domain, false) };
  }

  /** The Authorization (REGISTER) or Proxy-Authorization value for our realm, parsed (§22.4). */
  #credentialsFor(request: SipRequest, realm: string, registrar: boolean): DigestCredentials | undefined {
    const values = request.headers.getAll(registrar ? 'authorization' : 'proxy-authorization');
    for (const value of values) {
      try {
        const credentials = parseDigestCredentials(value);
        if (credentials.realm.toLowerCase() === realm) return credentials;
      } catch {
        // Not digest, or malformed: treated as absent, the UA gets a fresh challenge.
      }
    }
    return undefined;
  }

  #challenge(request: SipRequest, realm: string, stale: boolean): SipResponse {
    const registrar = request.method === 'REGISTER';
    const name = registrar ? 'WWW-Authenticate' : 'Proxy-Authenticate';
    const challenges = this.#options.digest.createChallengeHeaders({ realm, stale });
    return createResponse(request, registrar ? 401 : 407, undefined, {
      toTag: this.#options.newTag(),
      headers: challenges.map((value) => [name, value] as const),
    });
  }
}

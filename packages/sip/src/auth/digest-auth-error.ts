import { SipError } from '../sip-error';
/**
 * The one error the digest module throws: a header value that does not follow
 * the grammar of RFC 3261 §25.1 / RFC 7616 §3, or a request that cannot be
 * answered (e.g. a challenge with no algorithm or qop we implement).
 */
export class DigestAuthError extends SipError {
  override readonly name = 'DigestAuthError';
}

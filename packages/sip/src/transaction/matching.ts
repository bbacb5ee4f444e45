import {
  BRANCH_MAGIC_COOKIE,
  formatUri,
  formatVia,
  getCallId,
  getCSeq,
  getFrom,
  getRequestUri,
  getTo,
  getTopVia,
  type SipMessage,
  type SipRequest,
  type SipResponse,
  type Via,
} from '../message';
import { SipTransactionError } from './transaction-error';

/*
 * Transaction matching keys (RFC 3261 §17.1.3, §17.2.3).
 *
 * A client transaction is the top Via branch it inserted plus the CSeq method: the method is needed
 * because a CANCEL carries the same branch as the INVITE it cancels (§9.1).
 *
 * A server transaction created by an RFC 3261 element is the top Via branch (which starts with the
 * magic cookie) plus sent-by plus method, where an ACK counts as INVITE so it lands on the INVITE's
 * transaction. Sent-by guards against two clients that picked the same branch.
 *
 * Requests from RFC 2543 elements have no such branch; they are matched on the Request-URI, From
 * tag, Call-ID, CSeq number and top Via, and then on To tag and method (see `matchesLegacy`).
 */

/** The branch of the top Via, required of every request a transaction handles (§8.1.1.7). */
export function topBranch(message: SipMessage): string | undefined {
  return getTopVia(message)?.branch;
}

export function isRfc3261Branch(branch: string | undefined): branch is string {
  return branch?.startsWith(BRANCH_MAGIC_COOKIE) === true && branch.length > BRANCH_MAGIC_COOKIE.length;
}

/** Key of a client transaction: branch + CSeq method (§17.1.3). */
export function clientKey(branch: string, method: string): string {
  return `${branch}\u0000${method}`;
}

/** Key under which a response looks for its client transaction (§17.1.3); undefined without branch. */
export function clientKeyOfResponse(response: SipResponse): string | undefined {
  const branch = topBranch(response);
  if (branch === undefined) return undefined;
  return clientKey(branch, getCSeq(response).method);
}

/**
 * Key of a server transaction for a request with a magic-cookie branch (§17.2.3): branch, sent-by
 * and method, ACK counted as INVITE. `methodOverride` lets CANCEL look up the INVITE (§9.2).
 */
export function serverKey(request: SipRequest, methodOverride?: string): string {
  const via = requireTopVia(request);
  const method = methodOverride ?? (request.method === 'ACK' ? 'INVITE' : request.method);
  return `${via.branch ?? ''}\u0000${sentBy(via)}\u0000${method}`;
}

/**
 * Bucket key of a request from an RFC 2543 element (§17.2.3): Request-URI, From tag, Call-ID, CSeq
 * number and top Via. Method and To tag are checked by `matchesLegacy`, because the ACK differs from
 * its INVITE in both.
 */
export function legacyKey(request: SipRequest): string {
  const via = requireTopVia(request);
  return [
    'rfc2543',
    normalizedRequestUri(request),
    getFrom(request).tag ?? '',
    getCallId(request),
    String(getCSeq(request).seq),
    formatVia(via).toLowerCase(),
  ].join('\u0000');
}

/**
 * The rest of the RFC 2543 rule (§17.2.3, §9.2) once the bucket key matched:
 * - an INVITE or non-INVITE retransmission has the same method and To tag as the original;
 * - an ACK matches an INVITE when its To tag equals the To tag of the response the server
 *   transaction sent (the INVITE itself usually had none);
 * - a CANCEL (`asCancel`) matches any request but ACK/CANCEL with the same To tag.
 */
export function matchesLegacy(
  incoming: SipRequest,
  original: SipRequest,
  lastResponse: SipResponse | undefined,
  asCancel = false,
): boolean {
  const toTag = getTo(incoming).tag;
  if (asCancel) {
    return original.method !== 'ACK' && original.method !== 'CANCEL' && getTo(original).tag === toTag;
  }
  if (incoming.method === 'ACK') {
    if (original.method !== 'INVITE') return false;
    const responseTag = lastResponse ? getTo(lastResponse).tag : undefined;
    return (responseTag ?? getTo(original).tag) === toTag;
  }
  return incoming.method === original.method && getTo(original).tag === toTag;
}

/** sent-by of a Via, host case-folded (§19.1.4: hosts compare case-insensitively). */
function sentBy(via: Via): string {
  return via.port === undefined ? via.host.toLowerCase() : `${via.host.toLowerCase()}:${via.port}`;
}

function normalizedRequestUri(request: SipRequest): string {
  try {
    const uri = getRequestUri(request);
    return uri.kind === 'sip'
      ? formatUri({ ...uri, scheme: uri.scheme, host: uri.host.toLowerCase() })
      : formatUri(uri).toLowerCase();
  } catch {
    return request.uri;
  }
}

function requireTopVia(message: SipMessage): Via {
  const via = getTopVia(message);
  if (!via) throw new SipTransactionError('message without Via cannot be matched to a transaction');
  return via;
}

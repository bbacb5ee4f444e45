import { createRequest, formatCSeq, formatVia, getCSeq, getTopVia, type SipRequest } from '../message';
import { SipTransactionError } from './transaction-error';

/**
 * A CANCEL for a pending INVITE (RFC 3261 §9.1): Request-URI, Call-ID, To (without a tag of the
 * peer's: the CANCEL is not within a dialog), From and CSeq number of the INVITE with method CANCEL,
 * a single Via equal to the INVITE's top Via (same branch, so the server matches it, §9.2), and the
 * INVITE's Route header fields so it follows the same path. `extra` adds header fields of the
 * caller's, e.g. Reason (RFC 3326 §2: why the request was cancelled, such as
 * `SIP;cause=200;text="Call completed elsewhere"` when another fork answered).
 */
export function createCancel(
  invite: SipRequest,
  extra: readonly (readonly [string, string])[] = [],
): SipRequest {
  if (invite.method !== 'INVITE') throw new SipTransactionError(`refusing to CANCEL a ${invite.method}`);
  const via = getTopVia(invite);
  if (!via?.branch) throw new SipTransactionError('INVITE without top Via branch cannot be cancelled');
  const headers: [string, string][] = [['Via', formatVia(via)]];
  for (const route of invite.headers.getAll('route')) headers.push(['Route', route]);
  headers.push(['Max-Forwards', '70']);
  for (const name of ['From', 'To', 'Call-ID'] as const) {
    const value = invite.headers.get(name);
    if (value === undefined) throw new SipTransactionError(`INVITE without ${name} cannot be cancelled`);
    headers.push([name, value]);
  }
  headers.push(['CSeq', formatCSeq({ seq: getCSeq(invite).seq, method: 'CANCEL' })]);
  for (const [name, value] of extra) headers.push([name, value]);
  return createRequest({ method: 'CANCEL', uri: invite.uri, headers });
}

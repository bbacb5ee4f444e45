import {
  createRequest,
  formatCSeq,
  formatVia,
  getCSeq,
  getTopVia,
  type SipRequest,
  type SipResponse,
} from '../message';
import { SipTransactionError } from './transaction-error';

/**
 * The ACK the client INVITE transaction sends for a 300–699 response (RFC 3261 §17.1.1.3): same
 * Request-URI, Call-ID and From as the INVITE, To from the response (with its tag), the INVITE's
 * CSeq number with method ACK, a single Via equal to the INVITE's top Via (same branch, so it matches
 * the server transaction, §17.2.3), and the INVITE's Route header fields. No body (§17.1.1.3 leaves
 * it out; the session was refused).
 */
export function createNon2xxAck(invite: SipRequest, response: SipResponse): SipRequest {
  const via = getTopVia(invite);
  if (!via) throw new SipTransactionError('INVITE without Via cannot be acknowledged');
  const headers: [string, string][] = [['Via', formatVia(via)]];
  for (const route of invite.headers.getAll('route')) headers.push(['Route', route]);
  headers.push(['Max-Forwards', '70']);
  headers.push(['From', requireHeader(invite, 'from')]);
  headers.push(['To', requireHeader(response, 'to')]);
  headers.push(['Call-ID', requireHeader(invite, 'call-id')]);
  headers.push(['CSeq', formatCSeq({ seq: getCSeq(invite).seq, method: 'ACK' })]);
  return createRequest({ method: 'ACK', uri: invite.uri, headers });
}

function requireHeader(message: SipRequest | SipResponse, name: string): string {
  const value = message.headers.get(name);
  if (value === undefined) throw new SipTransactionError(`cannot build ACK: ${name} missing`);
  return value;
}

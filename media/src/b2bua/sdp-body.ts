import { getContentType, type SipRequest, type SipResponse } from '@carillon/sip';

export const SDP = 'application/sdp';

/** The message carries an SDP body (RFC 3261 §13.2.1 offer, §13.3.1 answer, RFC 3960 early media). */
export function isSdp(message: SipRequest | SipResponse): boolean {
  if (message.body.length === 0) return false;
  const type = getContentType(message);
  return type !== undefined && `${type.type}/${type.subtype}`.toLowerCase() === SDP;
}

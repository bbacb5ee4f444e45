import { SipError } from '../sip-error';
/** The one error the SDP module throws: malformed SDP or an impossible negotiation request. */
export class SdpError extends SipError {
  override readonly name = 'SdpError';
}

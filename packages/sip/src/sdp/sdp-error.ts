/** The one error the SDP module throws: malformed SDP or an impossible negotiation request. */
export class SdpError extends Error {
  override readonly name = 'SdpError';
}

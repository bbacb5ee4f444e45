import { createResponse, type SipRequest, type SipResponse } from '../message';

/**
 * A response the client transaction makes up for its TU (§8.1.3.1: Timer B/F → 408, transport
 * failure → 503). It never went over the wire, so it carries no To tag of a peer: creating one would
 * invent a dialog.
 */
export function localResponse(request: SipRequest, status: number): SipResponse {
  const to = request.headers.get('to');
  const response = createResponse(request, status, undefined, { toTag: 'local' });
  if (to !== undefined) response.headers.set('To', to);
  return response;
}

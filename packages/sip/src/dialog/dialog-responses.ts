import { createResponse, type SipRequest, type SipResponse } from '../message';

/**
 * 481 Call/Transaction Does Not Exist (§12.2.2): a request with a To tag that matches no dialog.
 * Such a request already carries the To tag the response needs; `toTag` covers one that does not
 * (a CANCEL or an in-dialog request from a broken peer).
 */
export function callDoesNotExist(request: SipRequest, toTag = 'no-dialog'): SipResponse {
  return createResponse(request, 481, undefined, { toTag });
}

/** 500 for a request whose CSeq is below the dialog's remote sequence number (§12.2.2). */
export function outOfOrderResponse(request: SipRequest): SipResponse {
  return createResponse(request, 500, 'Server Internal Error - CSeq out of order', { toTag: 'no-dialog' });
}

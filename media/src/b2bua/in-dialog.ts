import {
  createResponse,
  type Destination,
  type Dialog,
  type InDialogRequestOptions,
  type SipRequest,
  type SipResponse,
} from '@carillon/sip';
import type { SipStack } from '../sip-stack';

/** A Contact for what the B2BUA sends over `transport` (§8.1.1.8: where it wants requests back). */
export function edgeContact(stack: SipStack, transport: string, user = 'b2bua'): string {
  const name = transport.toUpperCase();
  const port = stack.hub.ports()[name as keyof ReturnType<SipStack['hub']['ports']>];
  const hostPort = port === undefined ? stack.publicHost : `${stack.publicHost}:${port}`;
  return `<sip:${user}@${hostPort};transport=${name.toLowerCase()}>`;
}

/** RFC 3326 Reason header value for a Q.850 cause, with an optional text. */
export function reasonHeader(cause: number, text?: string): string {
  const safe = text?.replace(/["\\\r\n]/g, '');
  return safe ? `Q.850;cause=${cause};text="${safe}"` : `Q.850;cause=${cause}`;
}

/**
 * Reason for the CANCEL of forks that lost to another fork's answer: RFC 3326 §2 with the SIP
 * status of the winning answer, the text RFC 3261 §9.1 / RFC 3326 use (a phone then does not list
 * the call as missed).
 */
export const COMPLETED_ELSEWHERE: readonly [string, string] = [
  'Reason',
  'SIP;cause=200;text="Call completed elsewhere"',
];

export interface SentRequest {
  readonly request: SipRequest;
  readonly response: SipResponse;
}

/**
 * Send a request within `dialog` (§12.2.1.1) to `destination` — the peer's flow, not its Contact,
 * so a NAT'd phone is reached over the connection it registered or called from (RFC 5626 §5.2).
 * Resolves with the final response, or the 408/503 the transaction makes up (§8.1.3.1).
 */
export function sendInDialog(
  stack: SipStack,
  dialog: Dialog,
  destination: Destination,
  method: string,
  options: Omit<InDialogRequestOptions, 'via'> = {},
): Promise<SentRequest> {
  const request = dialog.createRequest(method, { ...options, via: stack.via(destination.transport).value });
  return new Promise((resolve) => {
    try {
      stack.transactions.sendRequest(request, destination, {
        receiveResponse: (response) => {
          if (response.status < 200) return;
          dialog.receiveResponse(request, response);
          resolve({ request, response });
        },
      });
    } catch {
      // A synchronous transport failure: as the transaction would report it (§17.1.4).
      resolve({ request, response: synthetic(request, 503) });
    }
  });
}

/** ACK for a 2xx to an INVITE sent in `dialog` (§13.2.2.4): the core sends it, no transaction. */
export function sendAck(
  stack: SipStack,
  dialog: Dialog,
  invite: SipRequest,
  destination: Destination,
  options: Omit<InDialogRequestOptions, 'via'> = {},
): SipRequest {
  const ack = dialog.createAck(invite, { ...options, via: stack.via(destination.transport).value });
  try {
    stack.hub.send(ack, destination);
  } catch {
    // The far end will retransmit its 2xx and we ACK again (stray handler), or it BYEs.
  }
  return ack;
}

function synthetic(request: SipRequest, status: number): SipResponse {
  // In-dialog requests always carry the To tag, so no tag is made up here.
  return createResponse(request, status);
}

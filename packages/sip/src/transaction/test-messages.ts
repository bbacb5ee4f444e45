/*
 * Test-only helpers shared by the transaction and dialog tests: messages are written as wire text
 * and parsed with the message layer's parser, so the tests read like the RFC 3261 examples (§24).
 * Not exported from the package.
 */

import type { SipMessage } from '../message';
import { createResponse, parseMessage, type SipRequest, type SipResponse } from '../message';
import { VirtualClock } from '../timer/virtual-clock';
import type { RandomBytes } from './branch';
import type { ServerInviteTransaction } from './server-invite-transaction';
import {
  type ServerTransaction,
  type TransactionCore,
  TransactionLayer,
  type TransactionLayerOptions,
} from './transaction-layer';
import type { ResponseOrigin } from './transaction-user';
import type { Destination } from './transport';

export const UDP: Destination = { transport: 'UDP', host: '192.0.2.10', port: 5060 };
export const TCP: Destination = { transport: 'TCP', host: '192.0.2.10', port: 5060 };

export function sipRequest(lines: readonly string[]): SipRequest {
  const message = parseMessage(`${lines.join('\r\n')}\r\n\r\n`);
  if (message.kind !== 'request') throw new Error('not a request');
  return message;
}

export function sipResponse(lines: readonly string[]): SipResponse {
  const message = parseMessage(`${lines.join('\r\n')}\r\n\r\n`);
  if (message.kind !== 'response') throw new Error('not a response');
  return message;
}

export interface RequestParts {
  method?: string;
  uri?: string;
  branch?: string;
  transport?: string;
  sentBy?: string;
  cseq?: number;
  toTag?: string;
  fromTag?: string;
  callId?: string;
  routes?: readonly string[];
  extra?: readonly string[];
}

/** Alice's INVITE of RFC 3261 §24.2 (F1), with parts overridable. */
export function request(parts: RequestParts = {}): SipRequest {
  const method = parts.method ?? 'INVITE';
  const branch = parts.branch ?? 'z9hG4bK776asdhds';
  const to = `Bob <sip:bob@biloxi.example.com>${parts.toTag ? `;tag=${parts.toTag}` : ''}`;
  return sipRequest([
    `${method} ${parts.uri ?? 'sip:bob@biloxi.example.com'} SIP/2.0`,
    `Via: SIP/2.0/${parts.transport ?? 'UDP'} ${parts.sentBy ?? 'pc33.atlanta.example.com'};branch=${branch}`,
    ...(parts.routes ?? []).map((r) => `Route: ${r}`),
    'Max-Forwards: 70',
    `To: ${to}`,
    `From: Alice <sip:alice@atlanta.example.com>;tag=${parts.fromTag ?? '1928301774'}`,
    `Call-ID: ${parts.callId ?? 'a84b4c76e66710@pc33.atlanta.example.com'}`,
    `CSeq: ${parts.cseq ?? 314159} ${method}`,
    'Contact: <sip:alice@pc33.atlanta.example.com>',
    ...(parts.extra ?? []),
    'Content-Length: 0',
  ]);
}

/** A response to `req` as the UAS would build it (§8.2.6), with `extra` header lines appended. */
export function reply(
  req: SipRequest,
  status: number,
  toTag = 'a6c85cf',
  extra: readonly string[] = [],
): SipResponse {
  const headers: [string, string][] = [];
  for (const line of extra) {
    const colon = line.indexOf(':');
    headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return createResponse(req, status, undefined, { toTag, headers });
}

/** Deterministic "random" bytes: a counter, so branches and tags differ but are reproducible. */
export function counterRandom(): RandomBytes {
  let n = 0;
  return (size) => {
    const out = new Uint8Array(size);
    out[size - 1] = ++n & 0xff;
    out[0] = (n >> 8) & 0xff;
    return out;
  };
}

export interface Sent {
  readonly message: SipMessage;
  readonly destination: Destination;
  readonly at: number;
}

/** A layer on a virtual clock, recording everything it sends and everything it passes to the core. */
export function harness(options: Partial<Pick<TransactionLayerOptions, 'timers' | 'send'>> = {}) {
  const clock = new VirtualClock();
  const sent: Sent[] = [];
  const core = {
    requests: [] as { request: SipRequest; transaction: ServerTransaction }[],
    acks: [] as SipRequest[],
    cancels: [] as { cancel: SipRequest; invite: ServerInviteTransaction }[],
    strays: [] as SipResponse[],
  };
  const tu: TransactionCore = {
    receiveRequest: (request, transaction) => core.requests.push({ request, transaction }),
    receiveAck: (ack) => core.acks.push(ack),
    receiveCancel: (cancel, invite) => core.cancels.push({ cancel, invite }),
    receiveStrayResponse: (response) => core.strays.push(response),
  };
  const layer = new TransactionLayer({
    clock,
    random: counterRandom(),
    core: tu,
    send:
      options.send ??
      ((message, destination) => {
        sent.push({ message, destination, at: clock.now() });
      }),
    ...(options.timers ? { timers: options.timers } : {}),
  });
  return { clock, sent, core, layer };
}

/** A client-transaction user that records what it was given, with the virtual time. */
export function recordingUser(clock: VirtualClock) {
  const responses: { status: number; origin: ResponseOrigin; at: number; response: SipResponse }[] = [];
  const user = {
    responses,
    terminated: 0,
    receiveResponse(response: SipResponse, origin: ResponseOrigin) {
      responses.push({ status: response.status, origin, at: clock.now(), response });
    },
    onTerminated() {
      user.terminated++;
    },
  };
  return user;
}

/** The last message handed to the transport. */
export function lastSent(sent: readonly Sent[]): SipMessage {
  const last = sent.at(-1);
  if (!last) throw new Error('nothing was sent');
  return last.message;
}

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import {
  createRequest,
  createResponse,
  getCSeq,
  parseSdp,
  type SipRequest,
  type SipResponse,
  serialize,
} from '@carillon/sip';
import type { SeededDevice } from '../../functions/call-control/src/int-test-fixtures';
import { buildRegister, type SipTestClient, withCredentials } from './sip-test-client';

/*
 * The SIP phone side of the end-to-end call tests: an HTTP bridge for the control-plane app,
 * SDP for a G.711 peer, REGISTER with digest auth, answering INVITEs, ACKs. Shared by the
 * UDP, WebSocket and baresip call tests.
 */

/** The random host a browser puts in Via and Contact because it cannot be reached at any address (RFC 7118 §5.2). */
export const WS_HOST = 'df7jal23ls0d.invalid';

/** Hono's fetch handler on node:http (the media package does not depend on @hono/node-server). */
export async function serveFetch(fetch: (request: Request) => Response | Promise<Response>): Promise<Server> {
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const response = await fetch(
      new Request(`http://127.0.0.1${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  return http;
}

export function sdp(port: number): string {
  return [
    'v=0',
    `o=- ${port} 1 IN IP4 127.0.0.1`,
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=audio ${port} RTP/AVP 0 101`,
    'a=rtpmap:0 PCMU/8000',
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15',
    'a=ptime:20',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

export function audioPort(body: Buffer): number {
  const audio = parseSdp(body.toString('utf8')).media.find((m) => m.type === 'audio');
  if (!audio) throw new Error('no audio stream in the SDP');
  return audio.port;
}

/** A new Via for a request from `client`: WS clients name the `.invalid` host, UDP phones their address. */
export function via(client: SipTestClient): string {
  const branch = `branch=z9hG4bK${randomBytes(8).toString('hex')}`;
  return client.transport === 'WS'
    ? `SIP/2.0/WS ${WS_HOST};${branch}`
    : `SIP/2.0/UDP 127.0.0.1:${client.localPort};${branch};rport`;
}

/** REGISTER with digest auth (401, then credentials) in the tenant's SIP domain. */
export async function register(client: SipTestClient, device: SeededDevice, domain: string): Promise<void> {
  const request = buildRegister(client, { domain, username: device.device.sipUsername });
  const challenge = await client.request(request);
  if (challenge?.status !== 401) throw new Error(`REGISTER: expected 401, got ${challenge?.status}`);
  const ok = await client.request(
    withCredentials(request, challenge, device.device.sipUsername, device.sipPassword),
  );
  if (ok?.status !== 200) throw new Error(`REGISTER: expected 200, got ${ok?.status}`);
}

/** The callee phone: answers the first INVITE with its SDP and any BYE with 200. */
export function answerCalls(client: SipTestClient, rtpPort: number, username: string) {
  const seen = new Set<SipRequest>();
  const state: { invite?: SipRequest; bye?: SipRequest } = {};
  const tag = randomBytes(4).toString('hex');
  const timer = setInterval(() => {
    for (const message of client.received) {
      if (message.kind !== 'request' || seen.has(message)) continue;
      seen.add(message);
      if (message.method === 'INVITE') {
        state.invite = message;
        client.sendRaw(serialize(createResponse(message, 180, undefined, { toTag: tag })));
        const ok = createResponse(message, 200, undefined, {
          toTag: tag,
          headers: [['Contact', `<sip:${username}@127.0.0.1:${client.localPort}>`]],
          body: Buffer.from(sdp(rtpPort)),
          contentType: 'application/sdp',
        });
        client.sendRaw(serialize(ok));
      } else if (message.method === 'BYE') {
        state.bye = message;
        client.sendRaw(serialize(createResponse(message, 200, undefined, { toTag: tag })));
      }
    }
  }, 5);
  return { state, stop: () => clearInterval(timer) };
}

/** ACK for a non-2xx reuses the INVITE's Via (same transaction); ACK for a 2xx is its own (RFC 3261 §17.1.1.3, §13.2.2.4). */
export function ackFor(
  client: SipTestClient,
  invite: SipRequest,
  response: SipResponse,
  uri: string,
): SipRequest {
  return createRequest({
    method: 'ACK',
    uri,
    headers: [
      ['Via', response.status >= 300 ? (invite.headers.get('via') ?? '') : via(client)],
      ['Max-Forwards', '70'],
      ['From', invite.headers.get('from') ?? ''],
      ['To', response.headers.get('to') ?? ''],
      ['Call-ID', invite.headers.get('call-id') ?? ''],
      ['CSeq', `${getCSeq(invite).seq} ACK`],
    ],
  });
}

export function contactUri(response: SipResponse): string {
  const contact = response.headers.get('contact') ?? '';
  const match = /<([^>]+)>/.exec(contact);
  return match?.[1] ?? contact;
}

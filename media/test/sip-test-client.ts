import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import {
  createCredentials,
  createRequest,
  getCallId,
  getCSeq,
  parseMessage,
  type SipMessage,
  type SipRequest,
  type SipResponse,
  StreamFramer,
  selectChallenge,
  serialize,
} from '@carillon/sip';
import WebSocket from 'ws';

/*
 * A minimal SIP UA for tests: one flow (UDP socket, TCP/TLS connection or WebSocket) to the edge,
 * requests built with the sip package, responses matched by Call-ID and CSeq.
 */

export type ClientTransport = 'UDP' | 'TCP' | 'TLS' | 'WS' | 'WSS';

export class SipTestClient {
  readonly transport: ClientTransport;
  localPort = 0;
  readonly #waiters: { match: (m: SipResponse) => boolean; resolve: (m: SipResponse) => void }[] = [];
  readonly received: SipMessage[] = [];
  readonly raw: Buffer[] = [];
  #write: (data: Buffer | string) => void = () => {};
  #close: () => void = () => {};
  closed = false;

  private constructor(transport: ClientTransport) {
    this.transport = transport;
  }

  static async open(transport: ClientTransport, port: number): Promise<SipTestClient> {
    const client = new SipTestClient(transport);
    await client.#open(port);
    return client;
  }

  async #open(port: number): Promise<void> {
    const host = '127.0.0.1';
    if (this.transport === 'UDP') {
      const socket = createSocket('udp4');
      await new Promise<void>((resolve) => socket.bind(0, host, resolve));
      this.localPort = socket.address().port;
      socket.on('message', (data) => this.#deliver(data));
      this.#write = (data) => socket.send(typeof data === 'string' ? Buffer.from(data) : data, port, host);
      this.#close = () => socket.close();
      return;
    }
    if (this.transport === 'WS' || this.transport === 'WSS') {
      const ws = new WebSocket(`${this.transport === 'WSS' ? 'wss' : 'ws'}://${host}:${port}`, 'sip', {
        rejectUnauthorized: false,
      });
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      this.localPort = (ws as unknown as { _socket: Socket })._socket.localPort ?? 0;
      ws.on('message', (data: Buffer) => this.#deliver(Buffer.from(data)));
      ws.on('close', () => {
        this.closed = true;
      });
      this.#write = (data) => ws.send(typeof data === 'string' ? data : data.toString('utf8'));
      this.#close = () => ws.close();
      return;
    }
    const socket =
      this.transport === 'TLS'
        ? tlsConnect({ host, port, rejectUnauthorized: false })
        : netConnect({ host, port });
    await new Promise<void>((resolve, reject) => {
      socket.once(this.transport === 'TLS' ? 'secureConnect' : 'connect', () => resolve());
      socket.once('error', reject);
    });
    this.localPort = socket.localPort ?? 0;
    const framer = new StreamFramer();
    socket.on('data', (chunk: Buffer) => {
      this.raw.push(chunk);
      for (const event of framer.push(chunk)) if (event.type === 'message') this.#accept(event.message);
    });
    socket.on('close', () => {
      this.closed = true;
    });
    socket.on('error', () => {});
    this.#write = (data) => socket.write(data);
    this.#close = () => socket.destroy();
  }

  #deliver(data: Buffer): void {
    this.raw.push(data);
    try {
      this.#accept(parseMessage(data));
    } catch {
      // keep-alive answers and the like
    }
  }

  #accept(message: SipMessage): void {
    this.received.push(message);
    if (message.kind !== 'response') return;
    const index = this.#waiters.findIndex((w) => w.match(message));
    if (index < 0) return;
    const [waiter] = this.#waiters.splice(index, 1);
    waiter?.resolve(message);
  }

  sendRaw(data: Buffer | string): void {
    this.#write(data);
  }

  /** Send and wait for a final response (provisionals are skipped), or undefined after `timeoutMs`. */
  async request(request: SipRequest, timeoutMs = 3000): Promise<SipResponse | undefined> {
    const callId = getCallId(request);
    const cseq = getCSeq(request).seq;
    const result = new Promise<SipResponse | undefined>((resolve) => {
      const waiter = {
        match: (m: SipResponse) =>
          m.status >= 200 && m.headers.get('call-id') === callId && getCSeq(m).seq === cseq,
        resolve,
      };
      this.#waiters.push(waiter);
      setTimeout(() => {
        const i = this.#waiters.indexOf(waiter);
        if (i >= 0) this.#waiters.splice(i, 1);
        resolve(undefined);
      }, timeoutMs);
    });
    this.#write(serialize(request));
    return result;
  }

  /** Wait for a response with this Call-ID (any status), or undefined after `timeoutMs`. */
  async responseFor(callId: string, timeoutMs = 1500): Promise<SipResponse | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.received.find(
        (m): m is SipResponse => m.kind === 'response' && m.headers.get('call-id') === callId,
      );
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    return undefined;
  }

  /** Wait until raw bytes matching `test` arrive. */
  async waitForRaw(test: (data: Buffer) => boolean, timeoutMs = 2000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.raw.some(test)) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  close(): void {
    this.#close();
  }
}

export interface RegisterOptions {
  readonly domain: string;
  readonly username: string;
  readonly expires?: number;
  readonly callId?: string;
  readonly cseq?: number;
  readonly contactHost?: string;
}

/** A REGISTER as a phone behind this client's flow would send it. */
export function buildRegister(client: SipTestClient, options: RegisterOptions): SipRequest {
  const t = client.transport;
  const sentBy = t === 'WS' || t === 'WSS' ? 'df7jal23ls0d.invalid' : `127.0.0.1:${client.localPort}`;
  const contactHost = options.contactHost ?? sentBy;
  return createRequest({
    method: 'REGISTER',
    uri: `sip:${options.domain}`,
    headers: [
      ['Via', `SIP/2.0/${t} ${sentBy};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`],
      ['Max-Forwards', '70'],
      ['From', `<sip:${options.username}@${options.domain}>;tag=${randomBytes(4).toString('hex')}`],
      ['To', `<sip:${options.username}@${options.domain}>`],
      ['Call-ID', options.callId ?? randomBytes(10).toString('hex')],
      ['CSeq', `${options.cseq ?? 1} REGISTER`],
      ['Contact', `<sip:${options.username}@${contactHost};transport=${t.toLowerCase()}>`],
      ['Expires', String(options.expires ?? 600)],
    ],
  });
}

/** The same request again with a new branch and CSeq, answering the challenge in `challenge`. */
export function withCredentials(
  request: SipRequest,
  challenge: SipResponse,
  username: string,
  password: string,
): SipRequest {
  const proxy = challenge.status === 407;
  const values = challenge.headers.getAll(proxy ? 'proxy-authenticate' : 'www-authenticate');
  const chosen = selectChallenge(values, { password });
  if (!chosen) throw new Error('no usable challenge');
  const next = createRequest({
    method: request.method,
    uri: request.uri,
    headers: [...request.headers].map((f) => [f.name, f.value] as [string, string]),
    body: request.body,
  });
  const cseq = getCSeq(request).seq + 1;
  next.headers.set('CSeq', `${cseq} ${request.method}`);
  const via = request.headers.get('via') ?? '';
  next.headers.set('Via', via.replace(/branch=[^;,]+/, `branch=z9hG4bK${randomBytes(8).toString('hex')}`));
  next.headers.set(
    proxy ? 'Proxy-Authorization' : 'Authorization',
    createCredentials({
      challenge: chosen,
      username,
      secret: { password },
      method: request.method,
      uri: request.uri,
      cnonce: randomBytes(8).toString('hex'),
      nc: 1,
    }),
  );
  return next;
}

export function buildOptions(client: SipTestClient, domain: string): SipRequest {
  return createRequest({
    method: 'OPTIONS',
    uri: `sip:${domain}`,
    headers: [
      [
        'Via',
        `SIP/2.0/${client.transport} 127.0.0.1:${client.localPort};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`,
      ],
      ['Max-Forwards', '70'],
      ['From', `<sip:ping@${domain}>;tag=${randomBytes(4).toString('hex')}`],
      ['To', `<sip:${domain}>`],
      ['Call-ID', randomBytes(10).toString('hex')],
      ['CSeq', '1 OPTIONS'],
    ],
  });
}

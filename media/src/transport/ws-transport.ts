import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Logger } from '@carillon/logger';
import { type Destination, parseMessage, SipParseError } from '@carillon/sip';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Connection, ConnectionTable } from './connection-table';
import { flowKey, normalizeAddress, sourceOf } from './flow';
import type { TlsMaterial } from './stream-transport';
import { type Transport, TransportError, type TransportSink } from './transport';

export interface WsTransportOptions {
  readonly name: 'WS' | 'WSS';
  readonly host: string;
  readonly port: number;
  readonly maxMessageSize: number;
  readonly idleTimeoutMs: number;
  readonly connections: ConnectionTable;
  readonly sink: TransportSink;
  readonly logger: Logger;
  readonly tls?: TlsMaterial;
}

/** RFC 7118 §4.1: the WebSocket subprotocol of SIP. */
export const SIP_SUBPROTOCOL = 'sip';

class WsConnection implements Connection {
  readonly id: string;
  readonly transport: 'WS' | 'WSS';
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly source: Destination;
  readonly #socket: WebSocket;

  constructor(socket: WebSocket, transport: 'WS' | 'WSS', address: string, port: number) {
    this.#socket = socket;
    this.transport = transport;
    this.remoteAddress = address;
    this.remotePort = port;
    this.id = flowKey(transport, address, port);
    this.source = sourceOf(transport, address, port);
  }

  get closed(): boolean {
    return this.#socket.readyState !== this.#socket.OPEN;
  }

  write(data: Buffer): void {
    if (this.closed) throw new TransportError(`connection ${this.id} is closed`);
    // RFC 7118 §5.1: one SIP message per WebSocket message; text frames, as browsers' JsSIP expects.
    this.#socket.send(data.toString('utf8'));
  }

  close(): void {
    this.#socket.close(1000);
  }
}

/**
 * SIP over WebSocket and secure WebSocket (RFC 7118). The handshake must offer the `sip` subprotocol
 * (§4.1); each WebSocket message carries exactly one SIP message (§5.1), so no framing is needed.
 * The edge never opens WebSocket connections: a browser is reachable only over its own.
 */
export class WsTransport implements Transport {
  readonly name: 'WS' | 'WSS';
  readonly #http: Server;
  readonly #wss: WebSocketServer;
  readonly #options: WsTransportOptions;

  private constructor(http: Server, wss: WebSocketServer, options: WsTransportOptions) {
    this.name = options.name;
    this.#http = http;
    this.#wss = wss;
    this.#options = options;
  }

  static async listen(options: WsTransportOptions): Promise<WsTransport> {
    if (options.name === 'WSS' && !options.tls) throw new TransportError('WSS transport needs a certificate');
    const http =
      options.name === 'WSS' && options.tls
        ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key })
        : createHttpServer();
    http.on('request', (_req, res) => {
      res.writeHead(426, { 'content-type': 'text/plain', upgrade: 'websocket' });
      res.end('SIP over WebSocket (RFC 7118): connect with the "sip" subprotocol\n');
    });
    const wss = new WebSocketServer({
      server: http,
      maxPayload: options.maxMessageSize,
      handleProtocols: (protocols) => (protocols.has(SIP_SUBPROTOCOL) ? SIP_SUBPROTOCOL : false),
      verifyClient: ({ req }: { req: IncomingMessage }) =>
        options.sink.admits(normalizeAddress(req.socket.remoteAddress)),
    });
    const transport = new WsTransport(http, wss, options);
    wss.on('connection', (socket, req) => transport.#adopt(socket, req));
    wss.on('error', (error) => options.logger.error({ err: error }, 'websocket server error'));
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(options.port, options.host, () => {
        http.off('error', reject);
        resolve();
      });
    });
    return transport;
  }

  get port(): number {
    const address = this.#http.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  #adopt(socket: WebSocket, req: IncomingMessage): void {
    const { connections, sink, logger } = this.#options;
    if (socket.protocol !== SIP_SUBPROTOCOL) {
      // §4.1: without the subprotocol the peer does not speak SIP; 1002 = protocol error.
      socket.close(1002, 'SIP subprotocol required');
      return;
    }
    const address = normalizeAddress(req.socket.remoteAddress);
    const port = req.socket.remotePort ?? 0;
    const connection = new WsConnection(socket, this.name, address, port);
    connections.add(connection);
    req.socket.setTimeout(this.#options.idleTimeoutMs, () => socket.terminate());
    socket.on('close', () => connections.remove(connection));
    socket.on('error', (error) => logger.debug({ err: error, connection: connection.id }, 'websocket error'));
    socket.on('message', (data, isBinary) => {
      if (!sink.admits(address)) {
        socket.terminate();
        return;
      }
      const bytes = toBuffer(data);
      // Keep-alives: JsSIP and others send a bare CRLFCRLF; answer it like on a stream (RFC 5626 §3.5.1).
      if (/^(\r\n)+$/.test(bytes.toString('latin1'))) {
        if (bytes.length >= 4) socket.send('\r\n', { binary: isBinary });
        return;
      }
      try {
        sink.receive(parseMessage(bytes), connection.source);
      } catch (error) {
        if (!(error instanceof SipParseError)) throw error;
        sink.receiveError(error, connection.source, false);
      }
    });
  }

  send(data: Buffer, destination: Destination): void {
    const id = destination.connectionId ?? flowKey(this.name, destination.host, destination.port);
    const connection = this.#options.connections.get(id);
    if (!connection) throw new TransportError(`no ${this.name} connection for ${id}`);
    connection.write(data);
  }

  stopAccepting(): void {
    this.#http.close();
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.close(1001, 'edge shutting down');
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    for (const client of this.#wss.clients) client.terminate();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => {
      if (!this.#http.listening) resolve();
      else this.#http.close(() => resolve());
    });
  }
}

function toBuffer(data: Buffer | ArrayBuffer | Buffer[]): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

import type { Socket } from 'node:net';
import type { Logger } from '@carillon/logger';
import { type Destination, StreamFramer } from '@carillon/sip';
import type { Connection } from './connection-table';
import { flowKey, normalizeAddress, sourceOf, type TransportName } from './flow';
import type { TransportSink } from './transport';

export interface StreamConnectionOptions {
  readonly transport: TransportName;
  readonly maxMessageSize: number;
  /** Close a connection that carried nothing (not even a keep-alive) for this long. */
  readonly idleTimeoutMs: number;
  readonly sink: TransportSink;
  readonly logger: Logger;
  readonly onClose: (connection: StreamConnection) => void;
}

const CRLF = Buffer.from('\r\n', 'latin1');

/**
 * One TCP or TLS connection carrying SIP (RFC 3261 §18.3): the byte stream is cut into messages by
 * the sip package's StreamFramer (Content-Length framing, several messages per read, messages split
 * across reads), double-CRLF keep-alives are answered with a single CRLF (RFC 5626 §3.5.1), and a
 * connection whose framing is lost (size limit, unreadable Content-Length) is closed.
 */
export class StreamConnection implements Connection {
  readonly id: string;
  readonly transport: TransportName;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly source: Destination;
  readonly #socket: Socket;
  readonly #framer: StreamFramer;
  readonly #options: StreamConnectionOptions;
  #closed = false;

  constructor(socket: Socket, options: StreamConnectionOptions, remote?: { address: string; port: number }) {
    this.#socket = socket;
    this.#options = options;
    this.transport = options.transport;
    this.remoteAddress = normalizeAddress(remote?.address ?? socket.remoteAddress);
    this.remotePort = remote?.port ?? socket.remotePort ?? 0;
    this.id = flowKey(this.transport, this.remoteAddress, this.remotePort);
    this.source = sourceOf(this.transport, this.remoteAddress, this.remotePort);
    this.#framer = new StreamFramer({ maxMessageSize: options.maxMessageSize });
    socket.setNoDelay(true);
    socket.setTimeout(options.idleTimeoutMs, () => {
      options.logger.info({ connection: this.id }, 'closing idle connection');
      this.close();
    });
    socket.on('data', (chunk: Buffer) => this.#receive(chunk));
    socket.on('error', (error) =>
      options.logger.debug({ err: error, connection: this.id }, 'connection error'),
    );
    socket.on('close', () => {
      this.#closed = true;
      options.onClose(this);
    });
  }

  get closed(): boolean {
    return this.#closed || this.#socket.destroyed;
  }

  write(data: Buffer): void {
    if (this.closed) throw new Error(`connection ${this.id} is closed`);
    this.#socket.write(data);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // end() lets a last 400 reach the peer before the FIN; destroy() if it does not drain soon.
    this.#socket.end();
    setTimeout(() => this.#socket.destroy(), 2000).unref();
  }

  #receive(chunk: Buffer): void {
    const { sink, logger } = this.#options;
    if (this.#closed) return;
    if (!sink.admits(this.remoteAddress)) {
      // A source banned while connected loses its connection too.
      this.#socket.destroy();
      return;
    }
    for (const event of this.#framer.push(chunk)) {
      switch (event.type) {
        case 'message':
          sink.receive(event.message, this.source);
          break;
        case 'keepalive':
          if (event.kind === 'ping' && !this.closed) this.#socket.write(CRLF);
          break;
        case 'error':
          sink.receiveError(event.error, this.source, event.fatal);
          if (event.fatal) {
            logger.warn(
              { connection: this.id, reason: event.error.reason },
              'closing connection: framing lost',
            );
            this.close();
          }
          break;
      }
    }
  }
}

import { createServer as createNetServer, connect as netConnect, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, connect as tlsConnect } from 'node:tls';
import type { Logger } from '@carillon/logger';
import type { Destination } from '@carillon/sip';
import type { ConnectionTable } from './connection-table';
import { flowKey } from './flow';
import { StreamConnection } from './stream-connection';
import { type Transport, TransportError, type TransportSink } from './transport';

export interface TlsMaterial {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
}

export interface StreamTransportOptions {
  readonly name: 'TCP' | 'TLS';
  readonly host: string;
  readonly port: number;
  readonly maxMessageSize: number;
  readonly idleTimeoutMs: number;
  readonly connections: ConnectionTable;
  readonly sink: TransportSink;
  readonly logger: Logger;
  /** Required for TLS. */
  readonly tls?: TlsMaterial;
}

/**
 * SIP over TCP and TLS (RFC 3261 §18.3, §26.2.1). Incoming connections are kept in the shared
 * connection table by flow; a message to a flow with no open connection opens one (§18.1.1), which
 * is how the edge reaches a trunk — a phone behind NAT is only reachable over its own connection.
 */
export class StreamTransport implements Transport {
  readonly name: 'TCP' | 'TLS';
  readonly #server: Server;
  readonly #options: StreamTransportOptions;

  private constructor(server: Server, options: StreamTransportOptions) {
    this.name = options.name;
    this.#server = server;
    this.#options = options;
  }

  static async listen(options: StreamTransportOptions): Promise<StreamTransport> {
    if (options.name === 'TLS' && !options.tls) throw new TransportError('TLS transport needs a certificate');
    let transport: StreamTransport | undefined;
    const onSocket = (socket: Socket) => transport?.adopt(socket);
    const server =
      options.name === 'TLS' && options.tls
        ? createTlsServer({ cert: options.tls.cert, key: options.tls.key }, onSocket)
        : createNetServer(onSocket);
    transport = new StreamTransport(server, options);
    server.on('error', (error) =>
      options.logger.error({ err: error, transport: options.name }, 'server error'),
    );
    if (options.name === 'TLS') {
      server.on('tlsClientError', (error) =>
        options.logger.info({ err: error.message }, 'TLS handshake with a client failed'),
      );
    }
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return transport;
  }

  get port(): number {
    const address = this.#server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** Take an accepted socket into the table, unless its source is banned. */
  adopt(socket: Socket, remote?: { address: string; port: number }): StreamConnection | undefined {
    const { sink, connections, logger } = this.#options;
    const connection = new StreamConnection(
      socket,
      {
        transport: this.name,
        maxMessageSize: this.#options.maxMessageSize,
        idleTimeoutMs: this.#options.idleTimeoutMs,
        sink,
        logger,
        onClose: (c) => connections.remove(c),
      },
      remote,
    );
    if (!sink.admits(connection.remoteAddress)) {
      socket.destroy();
      return undefined;
    }
    connections.add(connection);
    return connection;
  }

  send(data: Buffer, destination: Destination): void {
    const { connections } = this.#options;
    const id = destination.connectionId ?? flowKey(this.name, destination.host, destination.port);
    const existing =
      connections.get(id) ?? connections.get(flowKey(this.name, destination.host, destination.port));
    if (existing) {
      existing.write(data);
      return;
    }
    // §18.2.2: the request's connection is gone, so open one to the sent-by (or received) address.
    const socket =
      this.name === 'TLS'
        ? tlsConnect({
            host: destination.host,
            port: destination.port,
            servername: sniName(destination.host),
          })
        : netConnect({ host: destination.host, port: destination.port });
    const connection = this.adopt(socket, { address: destination.host, port: destination.port });
    if (!connection) throw new TransportError(`destination ${destination.host} is banned`);
    // Writes are buffered by the socket until it connects.
    connection.write(data);
  }

  stopAccepting(): void {
    this.#server.close();
  }

  async close(): Promise<void> {
    for (const connection of this.#options.connections.all()) {
      if (connection.transport === this.name) connection.close();
    }
    await new Promise<void>((resolve) => {
      if (!this.#server.listening) resolve();
      else this.#server.close(() => resolve());
    });
  }
}

/** SNI carries host names only (RFC 6066 §3), never IP literals. */
function sniName(host: string): string | undefined {
  return /^[0-9.]+$/.test(host) || host.includes(':') ? undefined : host;
}

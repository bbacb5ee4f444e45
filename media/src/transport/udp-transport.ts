import { createSocket, type Socket } from 'node:dgram';
import type { Logger } from '@carillon/logger';
import { type Destination, parseMessage, SipParseError } from '@carillon/sip';
import { sourceOf } from './flow';
import type { Transport, TransportSink } from './transport';

export interface UdpTransportOptions {
  readonly host: string;
  readonly port: number;
  readonly maxDatagramSize: number;
  readonly sink: TransportSink;
  readonly logger: Logger;
}

/** RFC 5626 §4.4.1 keep-alives over UDP are STUN; a bare CRLF (what many phones send) is just ignored. */
function isBlank(data: Buffer): boolean {
  for (const byte of data) if (byte !== 13 && byte !== 10 && byte !== 0) return false;
  return true;
}

/** SIP over UDP (RFC 3261 §18): one message per datagram. */
export class UdpTransport implements Transport {
  readonly name = 'UDP' as const;
  readonly #socket: Socket;
  readonly #options: UdpTransportOptions;
  /** Bound port, read once: `address()` is a getsockname(2) call, and the stack asks per message. */
  #port = 0;

  private constructor(socket: Socket, options: UdpTransportOptions) {
    this.#socket = socket;
    this.#options = options;
  }

  static async listen(options: UdpTransportOptions): Promise<UdpTransport> {
    const socket = createSocket({ type: options.host.includes(':') ? 'udp6' : 'udp4' });
    const transport = new UdpTransport(socket, options);
    socket.on('message', (data, rinfo) => transport.#receive(data, rinfo.address, rinfo.port));
    socket.on('error', (error) => options.logger.error({ err: error }, 'udp socket error'));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(options.port, options.host, () => {
        socket.off('error', reject);
        transport.#port = socket.address().port;
        resolve();
      });
    });
    return transport;
  }

  get port(): number {
    return this.#port;
  }

  send(data: Buffer, destination: Destination): void {
    if (data.length > this.#options.maxDatagramSize) {
      throw new SipParseError(`message of ${data.length} octets does not fit a UDP datagram`);
    }
    this.#socket.send(data, destination.port, destination.host, (error) => {
      if (error) this.#options.logger.warn({ err: error, to: destination }, 'udp send failed');
    });
  }

  stopAccepting(): void {}

  close(): Promise<void> {
    return new Promise((resolve) => this.#socket.close(() => resolve()));
  }

  #receive(data: Buffer, address: string, port: number): void {
    const { sink, logger } = this.#options;
    const source = sourceOf('UDP', address, port);
    if (!sink.admits(source.host)) return;
    if (isBlank(data)) return;
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(data);
    } catch (error) {
      if (error instanceof SipParseError) {
        sink.receiveError(error, source, false);
        return;
      }
      logger.error({ err: error, from: source }, 'udp datagram handling failed');
      return;
    }
    sink.receive(message, source);
  }
}

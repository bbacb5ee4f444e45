import type { Logger } from '@carillon/logger';
import { type Destination, type SipMessage, serialize } from '@carillon/sip';
import type { ConnectionTable } from './connection-table';
import type { TransportName } from './flow';
import { type Transport, TransportError } from './transport';

/**
 * Every bound transport behind one `send` (the transaction layer's SendMessage, §18): picks the
 * connection of the flow when there is one, else the transport named by the destination.
 */
export class TransportHub {
  readonly connections: ConnectionTable;
  readonly #transports = new Map<TransportName, Transport>();
  readonly #logger: Logger;

  constructor(connections: ConnectionTable, logger: Logger) {
    this.connections = connections;
    this.#logger = logger;
  }

  add(transport: Transport): void {
    this.#transports.set(transport.name, transport);
  }

  get(name: TransportName): Transport | undefined {
    return this.#transports.get(name);
  }

  /** Bound port per transport. */
  ports(): Partial<Record<TransportName, number>> {
    const out: Partial<Record<TransportName, number>> = {};
    for (const [name, transport] of this.#transports) out[name] = transport.port;
    return out;
  }

  send(message: SipMessage, destination: Destination): void {
    const data = serialize(message);
    if (destination.connectionId !== undefined) {
      const connection = this.connections.get(destination.connectionId);
      if (connection) {
        connection.write(data);
        return;
      }
    }
    const transport = this.#transports.get(destination.transport.toUpperCase() as TransportName);
    if (!transport) throw new TransportError(`no ${destination.transport} transport is enabled`);
    transport.send(data, destination);
    this.#logger.trace({ to: destination, size: data.length }, 'sent');
  }

  stopAccepting(): void {
    for (const transport of this.#transports.values()) transport.stopAccepting();
  }

  async close(): Promise<void> {
    await Promise.all([...this.#transports.values()].map((t) => t.close()));
  }
}

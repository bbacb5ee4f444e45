/** What the table needs of a connection, whatever carries it (TCP, TLS, WebSocket). */
export interface Connection {
  /** The flow key: transport, remote address and port (see flow.ts). */
  readonly id: string;
  readonly transport: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  write(data: Buffer): void;
  close(): void;
  readonly closed: boolean;
}

/**
 * Open connections by flow. A request to a device behind NAT goes over the connection the device
 * registered on (RFC 5626 §5.2: "the flow"), since nothing can connect in to it; a response goes
 * over the connection its request came on (RFC 3261 §18.2.2).
 */
export class ConnectionTable {
  readonly #connections = new Map<string, Connection>();

  get size(): number {
    return this.#connections.size;
  }

  add(connection: Connection): void {
    // Two connections from the same address and port cannot be open at once; the old one is stale.
    const previous = this.#connections.get(connection.id);
    if (previous && previous !== connection) previous.close();
    this.#connections.set(connection.id, connection);
  }

  remove(connection: Connection): void {
    if (this.#connections.get(connection.id) === connection) this.#connections.delete(connection.id);
  }

  get(id: string): Connection | undefined {
    const connection = this.#connections.get(id);
    return connection && !connection.closed ? connection : undefined;
  }

  all(): Connection[] {
    return [...this.#connections.values()];
  }
}

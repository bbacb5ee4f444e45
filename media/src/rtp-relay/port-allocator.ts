import { RtpRelayError } from './rtp-relay-error';

/**
 * Even RTP ports of a range, each with RTCP on the odd port above it (RFC 3550 §11: "RTP SHOULD
 * use an even destination port number and the corresponding RTCP stream SHOULD use the next
 * higher (odd) destination port number"). Pure bookkeeping, no sockets.
 *
 * Allocation goes round the range rather than taking the lowest free port, so a port freed by a
 * call that just ended is reused as late as possible: stray packets of the old call (a phone that
 * has not processed its BYE yet) then do not land in a new call.
 */
export class PortAllocator {
  readonly first: number;
  readonly last: number;
  readonly #inUse = new Set<number>();
  #next: number;

  constructor(min: number, max: number) {
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1024 || max > 65_535) {
      throw new RtpRelayError('INVALID_OPTIONS', `RTP port range ${min}–${max} is not within 1024–65535`);
    }
    this.first = min % 2 === 0 ? min : min + 1;
    // the last even port whose RTCP partner (port + 1) is still inside the range
    this.last = max % 2 === 1 ? max - 1 : max - 2;
    if (this.last < this.first) {
      throw new RtpRelayError('INVALID_OPTIONS', `RTP port range ${min}–${max} holds no even/odd port pair`);
    }
    this.#next = this.first;
  }

  /** Pairs in the range. */
  get capacity(): number {
    return (this.last - this.first) / 2 + 1;
  }

  get allocated(): number {
    return this.#inUse.size;
  }

  /**
   * The next free even port, for which `accept` returns true (it binds the sockets; false means the
   * pair is taken by another process and is skipped). Throws PORTS_EXHAUSTED after one full round.
   */
  async allocate(accept: (port: number) => Promise<boolean>): Promise<number> {
    for (let tried = 0; tried < this.capacity; tried++) {
      const port = this.#next;
      this.#next = port + 2 > this.last ? this.first : port + 2;
      if (this.#inUse.has(port)) continue;
      this.#inUse.add(port);
      if (await accept(port)) return port;
      this.#inUse.delete(port);
    }
    throw new RtpRelayError(
      'PORTS_EXHAUSTED',
      `no free RTP port pair in ${this.first}–${this.last + 1} (${this.#inUse.size} of ${this.capacity} in use)`,
    );
  }

  free(port: number): void {
    this.#inUse.delete(port);
  }
}

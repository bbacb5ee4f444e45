/**
 * Symmetric RTP latching ("comedia", RFC 4961 §2 symmetric RTP; the NAT traversal of RFC 7362 §4.1):
 * a phone behind NAT advertises a private address in its SDP, but sends from a public address and
 * port the NAT chose, and only packets sent back to that source reach it. So the relay sends to
 * where the phone's packets come from, not to what its SDP says.
 *
 * Policy (what the relay trusts, in order):
 * 1. Packets from exactly the SDP's address and port are always trusted and latch at once: that is
 *    where the B2BUA was told to send, and an attacker who latched first is displaced by it.
 * 2. Before anything is latched, the first valid RTP packet latches its source. With
 *    `source: 'sdp-address'` (for trunks and other peers not behind NAT) only sources with the
 *    SDP's IP address qualify (any port); with `'any-source'` (default: phones behind NAT) any.
 * 3. Once latched, a different source is dropped (guard against RTP injection from random
 *    sources) unless the change is sustained: the candidate has sent `relatchPackets` packets and
 *    the latched source has been silent for `relatchQuietMs` (a NAT rebinding: the old mapping
 *    falls silent, the new one carries on). A packet from the latched source resets the candidate.
 *    An injector racing a live stream therefore never wins; one that sends while the phone is
 *    silent for longer than `relatchQuietMs` could, which G.711 phones (no silence suppression)
 *    do not do.
 *
 * Pure: times are passed in (ms on any monotonic clock).
 */
export type LatchSourcePolicy = 'any-source' | 'sdp-address';

export interface LatchOptions {
  readonly source?: LatchSourcePolicy;
  /** Packets a new source must send before it replaces the latched one. Default 10 (200 ms of G.711). */
  readonly relatchPackets?: number;
  /** Silence of the latched source needed before a new source replaces it. Default 500 ms. */
  readonly relatchQuietMs?: number;
}

export interface TransportAddress {
  readonly address: string;
  readonly port: number;
}

export type LatchVerdict = 'accept' | 'drop';

function same(a: TransportAddress | undefined, address: string, port: number): boolean {
  return a !== undefined && a.address === address && a.port === port;
}

function key(a: TransportAddress | undefined): string {
  return a === undefined ? '' : `${a.address}|${a.port}`;
}

export class SymmetricLatch {
  readonly #policy: LatchSourcePolicy;
  readonly #relatchPackets: number;
  readonly #relatchQuietMs: number;
  #signalled: TransportAddress | undefined;
  #latched: TransportAddress | undefined;
  #lastFromLatchedMs = 0;
  #candidate: { address: string; port: number; packets: number } | undefined;

  constructor(options: LatchOptions = {}) {
    this.#policy = options.source ?? 'any-source';
    this.#relatchPackets = options.relatchPackets ?? 10;
    this.#relatchQuietMs = options.relatchQuietMs ?? 500;
  }

  /** Where to send: the latched source, else the SDP's address (undefined: nowhere yet, or on hold). */
  get target(): TransportAddress | undefined {
    return this.#latched ?? this.#signalled;
  }

  get latched(): TransportAddress | undefined {
    return this.#latched;
  }

  /** A new SDP (offer/answer, re-INVITE): trust it and latch afresh (RFC 3264 §8: the remote moved). */
  setSignalled(remote: TransportAddress | undefined): void {
    if (key(remote) === key(this.#signalled)) return;
    this.#signalled = remote;
    this.#latched = undefined;
    this.#candidate = undefined;
  }

  /** Decides on one valid packet from `address:port` arriving at `nowMs`. */
  observe(address: string, port: number, nowMs: number): LatchVerdict {
    if (same(this.#latched, address, port)) {
      this.#lastFromLatchedMs = nowMs;
      this.#candidate = undefined;
      return 'accept';
    }
    if (same(this.#signalled, address, port) || (this.#latched === undefined && this.#qualifies(address))) {
      return this.#latch(address, port, nowMs);
    }
    if (this.#latched === undefined || !this.#qualifies(address)) return 'drop';
    const candidate =
      this.#candidate?.address === address && this.#candidate.port === port
        ? this.#candidate
        : { address, port, packets: 0 };
    candidate.packets++;
    this.#candidate = candidate;
    const quiet = nowMs - this.#lastFromLatchedMs >= this.#relatchQuietMs;
    return candidate.packets >= this.#relatchPackets && quiet ? this.#latch(address, port, nowMs) : 'drop';
  }

  #qualifies(address: string): boolean {
    return this.#policy === 'any-source' || this.#signalled?.address === address;
  }

  #latch(address: string, port: number, nowMs: number): LatchVerdict {
    this.#latched = { address, port };
    this.#lastFromLatchedMs = nowMs;
    this.#candidate = undefined;
    return 'accept';
  }
}

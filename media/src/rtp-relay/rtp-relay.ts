import { createSocket, type Socket } from 'node:dgram';
import { type LookupOneOptions, lookup } from 'node:dns';
import { isIP } from 'node:net';
import { PortAllocator } from './port-allocator';
import { RelayLeg } from './relay-leg';
import { RelaySession, type RelaySessionHost } from './relay-session';
import { RtpRelayError } from './rtp-relay-error';
import type { LatchOptions } from './symmetric-latch';

export interface RtpRelayOptions {
  /** Lowest and highest port of the range (inclusive); RTP gets the even ones. Default 10000–20000. */
  readonly portMin?: number;
  readonly portMax?: number;
  /** Address the sockets bind to. Default 0.0.0.0. */
  readonly bindAddress?: string;
  /** Address written into SDP (the one phones reach this node at). Default: bindAddress, or 127.0.0.1 for 0.0.0.0. */
  readonly publicAddress?: string;
  /** No RTP on any leg of a session for this long → its onInactive listeners. Default 60 s. */
  readonly inactivityTimeoutMs?: number;
  readonly latch?: LatchOptions;
  /** Monotonic ms; default performance.now. */
  readonly now?: () => number;
}

export const RTP_RELAY_DEFAULTS = {
  portMin: 10_000,
  portMax: 20_000,
  bindAddress: '0.0.0.0',
  inactivityTimeoutMs: 60_000,
} as const;

/**
 * dgram resolves the address of every send, and its default (dns.lookup) answers even an IP
 * literal on the next tick. The relay sends to IP literals (latched sources, SDP c= lines) tens of
 * thousands of times a second: answered at once here, names still go to dns.lookup.
 */
function literalLookup(
  hostname: string,
  // dgram passes the family as a number (4 or 6), whatever @types/node says
  options: LookupOneOptions | number,
  callback: (error: NodeJS.ErrnoException | null, address: string, family: number) => void,
): void {
  const literal = isIP(hostname);
  if (literal !== 0) callback(null, hostname, literal);
  else if (typeof options === 'number') lookup(hostname, options, callback);
  else lookup(hostname, options, callback);
}

/** Binds one socket; false when the port is taken (by another process). */
function bind(socket: Socket, port: number, address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = () => resolve(false);
    socket.once('error', onError);
    socket.bind({ port, address, exclusive: true }, () => {
      socket.off('error', onError);
      resolve(true);
    });
  });
}

/**
 * The RTP relay of one edge node: the port range, the sessions (one per call) and a single timer
 * that watches all of them for inactivity. Sockets are plain `dgram` ones; all media logic is in
 * @carillon/rtp.
 */
export class RtpRelay {
  readonly #ports: PortAllocator;
  readonly #bindAddress: string;
  readonly #publicAddress: string;
  readonly #family: 'udp4' | 'udp6';
  readonly #inactivityTimeoutMs: number;
  readonly #latch: LatchOptions | undefined;
  readonly #now: () => number;
  readonly #sessions = new Set<RelaySession>();
  #watch: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: RtpRelayOptions = {}) {
    this.#ports = new PortAllocator(
      options.portMin ?? RTP_RELAY_DEFAULTS.portMin,
      options.portMax ?? RTP_RELAY_DEFAULTS.portMax,
    );
    this.#bindAddress = options.bindAddress ?? RTP_RELAY_DEFAULTS.bindAddress;
    this.#family = isIP(this.#bindAddress) === 6 ? 'udp6' : 'udp4';
    const unspecified = this.#bindAddress === '0.0.0.0' || this.#bindAddress === '::';
    this.#publicAddress = options.publicAddress ?? (unspecified ? '127.0.0.1' : this.#bindAddress);
    this.#inactivityTimeoutMs = options.inactivityTimeoutMs ?? RTP_RELAY_DEFAULTS.inactivityTimeoutMs;
    if (!(this.#inactivityTimeoutMs > 0)) {
      throw new RtpRelayError('INVALID_OPTIONS', 'inactivityTimeoutMs must be positive');
    }
    this.#latch = options.latch;
    this.#now = options.now ?? (() => performance.now());
  }

  get portsInUse(): number {
    return this.#ports.allocated;
  }

  get portCapacity(): number {
    return this.#ports.capacity;
  }

  get sessionCount(): number {
    return this.#sessions.size;
  }

  /** A session for one call; add its legs with `addLeg`. */
  createSession(callId: string): RelaySession {
    if (this.#closed) throw new RtpRelayError('CLOSED', 'the RTP relay is closed');
    const session = new RelaySession(callId, this.#host);
    this.#sessions.add(session);
    this.#startWatch();
    return session;
  }

  /** Closes every session (final statistics are lost: close sessions first to keep them). */
  close(): void {
    this.#closed = true;
    for (const session of [...this.#sessions]) session.close();
    this.#stopWatch();
  }

  readonly #host: RelaySessionHost = {
    openLeg: (id) => this.#openLeg(id),
    releaseLeg: (leg) => this.#ports.free(leg.local.port),
    sessionClosed: (session) => {
      this.#sessions.delete(session);
      if (this.#sessions.size === 0) this.#stopWatch();
    },
    now: () => this.#now(),
  };

  async #openLeg(id: string): Promise<RelayLeg> {
    let sockets: { rtp: Socket; rtcp: Socket } | undefined;
    const port = await this.#ports.allocate(async (candidate) => {
      const rtp = createSocket({ type: this.#family, lookup: literalLookup });
      const rtcp = createSocket({ type: this.#family, lookup: literalLookup });
      // RFC 3550 §11: RTCP on the next higher (odd) port.
      if (
        (await bind(rtp, candidate, this.#bindAddress)) &&
        (await bind(rtcp, candidate + 1, this.#bindAddress))
      ) {
        sockets = { rtp, rtcp };
        return true;
      }
      rtp.close();
      rtcp.close();
      return false;
    });
    if (sockets === undefined) throw new RtpRelayError('PORTS_EXHAUSTED', 'port allocated without sockets');
    return new RelayLeg({
      id,
      local: { address: this.#publicAddress, port, rtcpPort: port + 1 },
      rtpSocket: sockets.rtp,
      rtcpSocket: sockets.rtcp,
      now: this.#now,
      ...(this.#latch === undefined ? {} : { latch: this.#latch }),
    });
  }

  /** One timer for all sessions, a quarter of the timeout (≤ 1 s) apart: precise enough, cheap. */
  #startWatch(): void {
    if (this.#watch !== undefined) return;
    const period = Math.min(1000, Math.max(10, this.#inactivityTimeoutMs / 4));
    this.#watch = setInterval(() => {
      const now = this.#now();
      for (const session of this.#sessions) session.checkInactivity(now, this.#inactivityTimeoutMs);
    }, period);
    this.#watch.unref();
  }

  #stopWatch(): void {
    if (this.#watch !== undefined) clearInterval(this.#watch);
    this.#watch = undefined;
  }
}

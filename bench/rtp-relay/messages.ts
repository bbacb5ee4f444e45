/**
 * What the processes of the RTP relay benchmark say to each other over the fork IPC channel:
 * the orchestrator (`rtp-relay.bench.ts`), the system under test (`system-under-test.ts`, one
 * process per mode) and the call generators (`call-generator.ts`, several processes per step,
 * each owning a share of the calls).
 */
export type Mode = 'relay' | 'forwarder';

export const LOOPBACK = '127.0.0.1';
/** One G.711 frame: 12-octet RTP header + 160 octets (20 ms at 8 kHz). */
export const PACKET_BYTES = 172;
/** Packets per second per call, both directions (50 each). */
export const PACKETS_PER_CALL_SECOND = 100;

// ---------------------------------------------------------------- system under test

export interface SutSetup {
  readonly type: 'setup';
  /** Per call: the generator ports the relay's two legs send to (side A, side B). */
  readonly remotes: readonly (readonly [number, number])[];
}
export type ToSut =
  | SutSetup
  | { readonly type: 'cpu' }
  | { readonly type: 'teardown' }
  | { readonly type: 'exit' };
export type FromSut =
  | { readonly type: 'ready'; readonly ports: readonly (readonly [number, number])[] }
  | { readonly type: 'cpu'; readonly micros: number }
  | { readonly type: 'done' };

// ---------------------------------------------------------------- call generators

export interface GeneratorInit {
  readonly type: 'init';
  /** Global index of this generator's first call, and how many it owns. */
  readonly firstCall: number;
  readonly calls: number;
  /** Sockets per side; calls share them round-robin (the SUT tells streams apart by its ports). */
  readonly pool: number;
}
export type ToGenerator =
  | GeneratorInit
  /** Per owned call: the SUT's two ports (A side sends to the first, B side to the second). Starts sending. */
  | { readonly type: 'start'; readonly targets: readonly (readonly [number, number])[] }
  /** From now on packets carry the counting mark and are counted (sent and received). */
  | { readonly type: 'count' }
  /**
   * Stop sending; the report follows once in-flight packets had time to arrive: at least `drainMs`,
   * then until nothing arrived for `drainMs` (a generator that fell behind still reads its socket
   * buffers, so what the system under test did forward is not counted lost), at most `maxDrainMs`.
   */
  | { readonly type: 'stop'; readonly drainMs: number; readonly maxDrainMs: number };

export interface GeneratorReport {
  readonly type: 'report';
  readonly sent: number;
  readonly received: number;
  readonly misrouted: number;
  /** Wall time of the counting phase, ms. */
  readonly countingMs: number;
  /** Generator CPU time during the counting phase, µs. */
  readonly cpuMicros: number;
  /** Counted packets by one-way delay (send tick → receipt), LATENCY_BUCKET_MICROS wide. */
  readonly latency: readonly number[];
}
export type FromGenerator =
  | { readonly type: 'bound'; readonly remotes: readonly (readonly [number, number])[] }
  | { readonly type: 'sending' }
  | GeneratorReport;

/** Width and number of the latency histogram's buckets (the last one collects the rest). */
export const LATENCY_BUCKET_MICROS = 50;
export const LATENCY_BUCKETS = 40_000;

/** The q-quantile (0..1) of a histogram in ms, as the upper edge of its bucket. */
export function quantileMs(histogram: readonly number[], q: number): number {
  const total = histogram.reduce((sum, n) => sum + n, 0);
  if (total === 0) return Number.NaN;
  const rank = Math.ceil(q * total);
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i]!;
    if (seen >= rank) return ((i + 1) * LATENCY_BUCKET_MICROS) / 1000;
  }
  return Number.NaN;
}

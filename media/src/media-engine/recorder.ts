import {
  decodeG711,
  type G711Law,
  PAYLOAD_TYPE_PCMA,
  PAYLOAD_TYPE_PCMU,
  type RtpPacket,
  writeWav,
} from '@carillon/rtp';
import type { RelayLeg } from '../rtp-relay/relay-leg';

/** The part of `BlobStore` (@carillon/store) a recording needs. */
export interface RecordingStore {
  put(
    scope: { readonly tenantId: string },
    ref: { readonly kind: 'recording'; readonly id: string },
    body: Uint8Array,
    options: { contentType: string },
  ): Promise<unknown>;
}

export interface RecordOptions {
  readonly blobStore: RecordingStore;
  readonly tenantId: string;
  /** Blob id of the recording within the tenant (letters, digits, `.`, `_`, `-`). */
  readonly key: string;
  /** Stops by itself after this long. Default 30 minutes. */
  readonly maxDurationMs?: number;
  readonly signal?: AbortSignal;
}

export interface RecordingResult {
  readonly key: string;
  readonly durationMs: number;
  readonly bytes: number;
}

/** A gap in timestamps longer than this is a new stream (SSRC change, restart), not silence to fill. */
const MAX_GAP_SAMPLES = 8000 * 5;

/**
 * Records what a leg receives: G.711 decoded to 16-bit PCM, placed by RTP timestamp so lost packets
 * become silence of the right length (RFC 3550 §5.1: the timestamp is the sampling instant), and
 * written to the blob store as an 8 kHz WAV when stopped. Telephone events and other payload types
 * are left out.
 */
export class Recording {
  readonly done: Promise<RecordingResult>;
  readonly #options: RecordOptions;
  readonly #leg: RelayLeg;
  readonly #chunks: Int16Array[] = [];
  #samples = 0;
  #stream: { ssrc: number; nextTimestamp: number } | undefined;
  #stopped = false;
  #resolve!: (result: RecordingResult) => void;
  #reject!: (error: unknown) => void;
  readonly #unsubscribe: () => void;
  readonly #timer: NodeJS.Timeout;

  constructor(leg: RelayLeg, options: RecordOptions) {
    this.#leg = leg;
    this.#options = options;
    this.done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.done.catch(() => {}); // surfaced through stop(); never an unhandled rejection
    this.#unsubscribe = leg.onAudio((packet) => this.#onPacket(packet));
    this.#timer = setTimeout(() => void this.stop(), options.maxDurationMs ?? 30 * 60_000);
    this.#timer.unref();
    options.signal?.addEventListener('abort', () => void this.stop(), { once: true });
  }

  get durationMs(): number {
    return (this.#samples * 1000) / 8000;
  }

  /** Stops listening, writes the WAV, and resolves with its key and duration. Idempotent. */
  stop(): Promise<RecordingResult> {
    if (!this.#stopped) {
      this.#stopped = true;
      this.#unsubscribe();
      clearTimeout(this.#timer);
      this.#write().then(this.#resolve, this.#reject);
    }
    return this.done;
  }

  #law(packet: RtpPacket): G711Law | undefined {
    const codec = this.#leg.codec;
    const pt = packet.payloadType;
    if (codec !== undefined && pt === codec.payloadType) return codec.encoding === 'PCMU' ? 'mulaw' : 'alaw';
    if (pt === PAYLOAD_TYPE_PCMU) return 'mulaw';
    if (pt === PAYLOAD_TYPE_PCMA) return 'alaw';
    return undefined;
  }

  #onPacket(packet: RtpPacket): void {
    const law = this.#law(packet);
    if (law === undefined || packet.payload.length === 0) return;
    const stream = this.#stream;
    if (stream !== undefined && stream.ssrc === packet.ssrc) {
      const gap = (packet.timestamp - stream.nextTimestamp) | 0;
      if (gap < 0) return; // late or duplicate: its place has passed
      if (gap > 0 && gap <= MAX_GAP_SAMPLES) this.#append(new Int16Array(gap));
    }
    this.#append(decodeG711(packet.payload, law));
    this.#stream = { ssrc: packet.ssrc, nextTimestamp: (packet.timestamp + packet.payload.length) >>> 0 };
  }

  #append(samples: Int16Array): void {
    this.#chunks.push(samples);
    this.#samples += samples.length;
  }

  async #write(): Promise<RecordingResult> {
    const samples = new Int16Array(this.#samples);
    let offset = 0;
    for (const chunk of this.#chunks) {
      samples.set(chunk, offset);
      offset += chunk.length;
    }
    const wav = writeWav({ encoding: 'pcm16', sampleRate: 8000, samples });
    const { blobStore, tenantId, key } = this.#options;
    await blobStore.put({ tenantId }, { kind: 'recording', id: key }, wav, { contentType: 'audio/wav' });
    return { key, durationMs: (samples.length * 1000) / 8000, bytes: wav.length };
  }
}

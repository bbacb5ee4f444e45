/// <reference lib="dom" />
import { detectTone } from '@carillon/rtp';
import { type CallState, Softphone, type SoftphoneConfig } from '@carillon/softphone';

/*
 * The page the WebRTC call test loads in headless Chromium (bundled with esbuild, served from
 * loopback): the reusable softphone module, plus what a test needs to see inside the browser — the
 * call state, and the far end's audio taken from WebAudio and checked for a tone with the same
 * Goertzel detector the other tests use (packages/rtp), here in the page.
 */

export interface PageApi {
  start(config: SoftphoneConfig): void;
  registered(): boolean;
  state(): CallState;
  incoming(): string | undefined;
  ended(): string | undefined;
  dial(target: string): void;
  answer(): void;
  hangup(): void;
  sendDtmf(digits: string): void;
  /** Samples of the far end's audio heard so far (16-bit scale) and the AudioContext rate. */
  heardSamples(): number;
  /** The dominant tone in what was heard since `listen()`, or null. */
  heardTone(): { frequency: number; levelDbfs: number; purity: number } | null;
  /** Forget what was heard (the next call starts clean). */
  listen(): void;
}

let phone: Softphone | undefined;
let audio: AudioContext | undefined;
let heard: Float32Array[] = [];
let incomingFrom: string | undefined;
let endedCause: string | undefined;
/** The capture of the current call; the previous call's is disconnected so streams never interleave. */
let capturing: { source: MediaStreamAudioSourceNode; processor: ScriptProcessorNode } | undefined;

function capture(stream: MediaStream): void {
  // Chromium plays a remote WebRTC stream into WebAudio only while a media element holds it too.
  const element = new Audio();
  element.muted = true;
  element.srcObject = stream;
  void element.play().catch(() => {});
  audio ??= new AudioContext();
  if (capturing) {
    capturing.source.disconnect();
    capturing.processor.disconnect();
  }
  const source = audio.createMediaStreamSource(stream);
  const processor = audio.createScriptProcessor(4096, 1, 1);
  processor.onaudioprocess = (event) => {
    heard.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  };
  source.connect(processor);
  processor.connect(audio.destination);
  capturing = { source, processor };
}

function samples(): Int16Array {
  const total = heard.reduce((n, chunk) => n + chunk.length, 0);
  const out = new Int16Array(total);
  let offset = 0;
  for (const chunk of heard) {
    for (let i = 0; i < chunk.length; i++)
      out[offset + i] = Math.round(Math.max(-1, Math.min(1, chunk[i]!)) * 32767);
    offset += chunk.length;
  }
  return out;
}

function require(): Softphone {
  if (!phone) throw new Error('softphone not started');
  return phone;
}

const api: PageApi = {
  start(config) {
    phone = new Softphone(config, {
      incoming: (from) => {
        incomingFrom = from.uri;
      },
      remoteStream: capture,
      ended: (cause) => {
        endedCause = cause;
      },
    });
    phone.start();
  },
  registered: () => phone?.registered ?? false,
  state: () => phone?.state ?? 'idle',
  incoming: () => incomingFrom,
  ended: () => endedCause,
  dial: (target) => {
    endedCause = undefined;
    require().dial(target);
  },
  answer: () => {
    endedCause = undefined;
    require().answer();
  },
  hangup: () => require().hangup(),
  sendDtmf: (digits) => require().sendDtmf(digits),
  heardSamples: () => heard.reduce((n, chunk) => n + chunk.length, 0),
  heardTone: () => {
    const tone = detectTone(samples(), audio?.sampleRate ?? 48_000);
    return tone && { frequency: tone.frequency, levelDbfs: tone.levelDbfs, purity: tone.purity };
  },
  listen: () => {
    heard = [];
    incomingFrom = undefined;
  },
};

(globalThis as unknown as { carillon: PageApi }).carillon = api;

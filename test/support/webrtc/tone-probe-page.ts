/// <reference lib="dom" />
import { detectTone } from '@carillon/rtp';

/*
 * Runs inside the page under test (bundled by tone-probe.ts): records a MediaStream — the far end's
 * audio of a WebRTC call — through WebAudio and finds the dominant tone in it with the Goertzel
 * detector of packages/rtp, so the tone is measured in the browser, on what it actually decoded.
 */

export interface ToneProbe {
  /** Starts recording `stream`, dropping what an earlier stream gave. */
  listen(stream: MediaStream): void;
  /** Records the stream of the first element matching `selector` (an <audio> with srcObject). */
  listenToElement(selector: string): boolean;
  samplesHeard(): number;
  heardTone(): { frequency: number; levelDbfs: number; purity: number } | null;
}

let context: AudioContext | undefined;
let heard: Float32Array[] = [];
let capturing: { source: MediaStreamAudioSourceNode; processor: ScriptProcessorNode } | undefined;
let holder: HTMLAudioElement | undefined;

function listen(stream: MediaStream): void {
  // Chromium feeds a remote WebRTC stream into WebAudio only while a media element plays it too.
  holder ??= new Audio();
  holder.muted = true;
  holder.srcObject = stream;
  void holder.play().catch(() => {});
  context ??= new AudioContext();
  void context.resume();
  if (capturing) {
    capturing.source.disconnect();
    capturing.processor.disconnect();
  }
  heard = [];
  const source = context.createMediaStreamSource(stream);
  const processor = context.createScriptProcessor(4096, 1, 1);
  processor.onaudioprocess = (event) => {
    heard.push(new Float32Array(event.inputBuffer.getChannelData(0)));
  };
  source.connect(processor);
  processor.connect(context.destination);
  capturing = { source, processor };
}

function samples(): Int16Array {
  const total = heard.reduce((n, chunk) => n + chunk.length, 0);
  const out = new Int16Array(total);
  let offset = 0;
  for (const chunk of heard) {
    for (let i = 0; i < chunk.length; i++) {
      out[offset + i] = Math.round(Math.max(-1, Math.min(1, chunk[i] ?? 0)) * 32767);
    }
    offset += chunk.length;
  }
  return out;
}

export const toneProbe: ToneProbe = {
  listen,
  listenToElement(selector) {
    const element = document.querySelector<HTMLAudioElement>(selector);
    const stream = element?.srcObject;
    if (!(stream instanceof MediaStream) || stream.getAudioTracks().length === 0) return false;
    listen(stream);
    return true;
  },
  samplesHeard: () => heard.reduce((n, chunk) => n + chunk.length, 0),
  heardTone() {
    const tone = detectTone(samples(), context?.sampleRate ?? 48_000);
    return tone && { frequency: tone.frequency, levelDbfs: tone.levelDbfs, purity: tone.purity };
  },
};

(globalThis as unknown as { carillonToneProbe: ToneProbe }).carillonToneProbe = toneProbe;

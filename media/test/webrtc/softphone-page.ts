/// <reference lib="dom" />
import { type CallState, Softphone, type SoftphoneConfig } from '@carillon/softphone';
import { toneProbe } from '../../../test/support/webrtc/tone-probe-page';

/*
 * The page the WebRTC call test loads in headless Chromium (bundled with esbuild, served from
 * loopback): the reusable softphone module, plus what a test needs to see inside the browser — the
 * call state, and the far end's audio taken from WebAudio and checked for a tone with the same
 * Goertzel detector the other tests use (packages/rtp), here in the page: the tone probe of
 * test/support/webrtc, shared with the portal phone test.
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
  /** Forget the last caller; what is heard starts again with each call's far-end stream. */
  listen(): void;
}

let phone: Softphone | undefined;
let incomingFrom: string | undefined;
let endedCause: string | undefined;

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
      // Each call's far end replaces the previous one's capture, so streams never interleave.
      remoteStream: (stream) => toneProbe.listen(stream),
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
  heardSamples: () => toneProbe.samplesHeard(),
  heardTone: () => toneProbe.heardTone(),
  listen: () => {
    incomingFrom = undefined;
  },
};

(globalThis as unknown as { carillon: PageApi }).carillon = api;

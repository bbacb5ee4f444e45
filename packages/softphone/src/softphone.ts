/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import JsSIP from 'jssip';
import type { DTMF_TRANSPORT } from 'jssip/lib/Constants';
import type { RTCSession } from 'jssip/lib/RTCSession';
import type { RTCSessionEvent } from 'jssip/lib/UA';
import { dtmfTones, toDialUri } from './dial-target';

/*
 * The browser softphone: JsSIP (SIP over secure WebSocket, RFC 7118) with WebRTC media that the
 * edge terminates (media/src/webrtc). The portal imports this; the WebRTC call test drives it in
 * headless Chromium. One call at a time — a second incoming call is answered 486 Busy Here while one
 * is up, as a single-line phone does.
 */

export interface SoftphoneConfig {
  /** The edge's WSS URL, e.g. wss://edge.example:8089. */
  readonly websocketUrl: string;
  /** The device's SIP username and password, and the tenant's SIP domain. */
  readonly username: string;
  readonly password: string;
  readonly domain: string;
  readonly displayName?: string;
  /**
   * ICE servers; default none. The edge is ICE-lite with a public host candidate, so the browser
   * needs no STUN or TURN to reach it, and none is contacted behind the user's back.
   */
  readonly iceServers?: RTCIceServer[];
  /**
   * Microphone constraints. Default: echo cancellation on (a person speaks into it); tests turn the
   * processing off so a test tone arrives unchanged.
   */
  readonly audio?: MediaTrackConstraints | boolean;
}

export type CallState = 'idle' | 'ringing-in' | 'calling' | 'ringing-out' | 'established' | 'on-hold';

export interface SoftphoneEvents {
  registered?(): void;
  registrationFailed?(cause: string): void;
  incoming?(from: { uri: string; displayName: string | undefined }): void;
  stateChanged?(state: CallState): void;
  /** The far end's audio, once the media flows (attach it to an <audio> element or WebAudio). */
  remoteStream?(stream: MediaStream): void;
  ended?(cause: string): void;
}

export class Softphone {
  readonly #config: SoftphoneConfig;
  readonly #events: SoftphoneEvents;
  readonly #ua: JsSIP.UA;
  #session: RTCSession | undefined;
  #state: CallState = 'idle';

  constructor(config: SoftphoneConfig, events: SoftphoneEvents = {}) {
    this.#config = config;
    this.#events = events;
    const socket = new JsSIP.WebSocketInterface(config.websocketUrl);
    this.#ua = new JsSIP.UA({
      sockets: [socket],
      uri: `sip:${config.username}@${config.domain}`,
      password: config.password,
      // The Contact's user is the SIP username: the edge finds a callee's binding under the contact's
      // user in the tenant domain (b2bua/target-resolver.ts), and JsSIP's default user is random.
      // The host stays unreachable by design (RFC 7118 §5.2: .invalid; the flow carries requests).
      contact_uri: `sip:${config.username}@${randomToken()}.invalid;transport=ws`,
      ...(config.displayName ? { display_name: config.displayName } : {}),
      register: true,
      // The edge refreshes sessions itself (RFC 4028 at the B2BUA); the browser need not.
      session_timers: false,
      user_agent: 'Carillon softphone (JsSIP)',
    });
    this.#ua.on('registered', () => this.#events.registered?.());
    this.#ua.on('registrationFailed', (e: { cause?: string }) =>
      this.#events.registrationFailed?.(e.cause ?? 'unknown'),
    );
    this.#ua.on('newRTCSession', (e: RTCSessionEvent) => this.#newSession(e));
  }

  get state(): CallState {
    return this.#state;
  }

  get registered(): boolean {
    return this.#ua.isRegistered();
  }

  /** Connects and registers. */
  start(): void {
    this.#ua.start();
  }

  /** Hangs up, unregisters and closes the WebSocket. */
  stop(): void {
    this.#session?.terminate();
    this.#ua.stop();
  }

  /** Calls a number, user or SIP URI (dial-target.ts) in the configured domain. */
  dial(target: string): void {
    if (this.#session) throw new Error('a call is already in progress');
    this.#ua.call(toDialUri(target, this.#config.domain), this.#callOptions());
  }

  answer(): void {
    const session = this.#session;
    if (!session || this.#state !== 'ringing-in') throw new Error('no incoming call to answer');
    session.answer(this.#callOptions());
  }

  /** Declines an incoming call: 486 Busy Here by default, 603 Decline when asked. */
  reject(status: 486 | 603 = 486): void {
    const session = this.#session;
    if (!session || this.#state !== 'ringing-in') throw new Error('no incoming call to reject');
    session.terminate({ status_code: status });
  }

  hangup(): void {
    this.#session?.terminate();
  }

  /** Puts the call on hold (re-INVITE with a=sendonly, RFC 3264 §8.4). */
  hold(): void {
    if (this.#session?.hold()) this.#setState('on-hold');
  }

  unhold(): void {
    if (this.#session?.unhold()) this.#setState('established');
  }

  mute(): void {
    this.#session?.mute({ audio: true });
  }

  unmute(): void {
    this.#session?.unmute({ audio: true });
  }

  /** DTMF as RFC 4733 events in the media (the edge passes them through) — not SIP INFO. */
  sendDtmf(digits: string): void {
    const session = this.#requireEstablished();
    session.sendDTMF(dtmfTones(digits), {
      transportType: 'RFC2833' as DTMF_TRANSPORT,
      duration: 100,
      interToneGap: 70,
    });
  }

  /** Blind transfer: REFER to the target (RFC 3515); the call ends here once the transfer is accepted. */
  blindTransfer(target: string): void {
    const session = this.#requireEstablished();
    session.refer(toDialUri(target, this.#config.domain), {
      eventHandlers: { accepted: () => session.terminate() },
    });
  }

  #callOptions() {
    return {
      mediaConstraints: { audio: this.#config.audio ?? true, video: false },
      pcConfig: { iceServers: this.#config.iceServers ?? [] },
      rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
    };
  }

  #requireEstablished(): RTCSession {
    const session = this.#session;
    if (!session || (this.#state !== 'established' && this.#state !== 'on-hold')) {
      throw new Error('no established call');
    }
    return session;
  }

  #newSession(event: RTCSessionEvent): void {
    const session = event.session;
    if (this.#session) {
      if (event.originator === 'remote') session.terminate({ status_code: 486 });
      return;
    }
    this.#session = session;
    if (event.originator === 'remote') {
      const identity = session.remote_identity;
      this.#setState('ringing-in');
      this.#events.incoming?.({
        uri: identity.uri.toString(),
        displayName: identity.display_name || undefined,
      });
    } else {
      this.#setState('calling');
      session.on('progress', () => this.#setState('ringing-out'));
    }
    // The outgoing call's peer connection exists at once; the incoming one's only after answer().
    session.on('peerconnection', (e: { peerconnection: RTCPeerConnection }) =>
      this.#watchTracks(e.peerconnection),
    );
    if (session.connection) this.#watchTracks(session.connection);
    session.on('confirmed', () => this.#setState('established'));
    const finished = (e: { cause?: string }) => {
      this.#session = undefined;
      this.#setState('idle');
      this.#events.ended?.(e.cause ?? 'unknown');
    };
    session.on('ended', finished);
    session.on('failed', finished);
  }

  #watchTracks(pc: RTCPeerConnection): void {
    pc.addEventListener('track', (e) => {
      const stream = e.streams[0] ?? new MediaStream([e.track]);
      this.#events.remoteStream?.(stream);
    });
  }

  #setState(state: CallState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.#events.stateChanged?.(state);
  }
}

function randomToken(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

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
 * is up, as a single-line phone does. The one exception is the consultation call of an attended
 * transfer: the user's own second call, placed while the first is on hold.
 */

/** How long the transfer target gets to end the replaced consultation dialog (RFC 5589 §7.1). */
export const REPLACED_DIALOG_GRACE_MS = 5000;

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

/** The consultation call of an attended transfer (RFC 5589 §7), beside the held call. */
export type ConsultState = 'none' | 'calling' | 'ringing-out' | 'established';

/** How a transfer ended, from the transferor's NOTIFYs (RFC 3515 §2.4.5, message/sipfrag). */
export type TransferOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: number | undefined; readonly reason: string };

export interface SoftphoneEvents {
  registered?(): void;
  registrationFailed?(cause: string): void;
  incoming?(from: { uri: string; displayName: string | undefined }): void;
  stateChanged?(state: CallState): void;
  /** The far end's audio, once the media flows (attach it to an <audio> element or WebAudio). */
  remoteStream?(stream: MediaStream): void;
  ended?(cause: string): void;
  /** The consultation call's state; its audio arrives by `consultStream`. */
  consultChanged?(state: ConsultState): void;
  consultStream?(stream: MediaStream): void;
  /** A blind or attended transfer succeeded (the call then ends here) or was refused. */
  transferred?(outcome: TransferOutcome): void;
  /**
   * The held call ended during a consultation, and the consultation call (with `uri`) is now the
   * line's call; its audio keeps arriving where `consultStream` delivered it.
   */
  consultPromoted?(uri: string): void;
}

export class Softphone {
  #config: SoftphoneConfig;
  readonly #events: SoftphoneEvents;
  readonly #ua: JsSIP.UA;
  #session: RTCSession | undefined;
  #state: CallState = 'idle';
  #consult: RTCSession | undefined;
  #consultState: ConsultState = 'none';
  /** Set by a successful transfer, so the end of the call does not promote the consultation. */
  #transferDone = false;
  /** Set while `consult()` places its call, so #newSession takes it as the consultation. */
  #placingConsult = false;

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

  get consultState(): ConsultState {
    return this.#consultState;
  }

  get registered(): boolean {
    return this.#ua.isRegistered();
  }

  /** Connects and registers. */
  start(): void {
    this.#ua.start();
  }

  /**
   * Registers again now (after a refused REGISTER: a re-keyed device is refused while the edge
   * still holds the previous credentials, CREDENTIAL_CACHE_TTL_SECONDS).
   */
  register(): void {
    this.#ua.register();
  }

  /** Microphone constraints for the calls from now on (the user's audio-processing setting). */
  setAudio(audio: MediaTrackConstraints | boolean): void {
    this.#config = { ...this.#config, audio };
  }

  /** Hangs up, unregisters and closes the WebSocket. */
  stop(): void {
    this.#consult?.terminate();
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

  /** Blind transfer: REFER to the target (RFC 3515); the call ends here once the transfer succeeded. */
  blindTransfer(target: string): void {
    const session = this.#requireEstablished();
    if (this.#consult) throw new Error('finish or cancel the consultation call first');
    this.#refer(session, toDialUri(target, this.#config.domain));
  }

  /**
   * Attended transfer, step 1 (RFC 5589 §7): put the call on hold and call the transfer target to
   * announce it. Then `completeTransfer()` or `cancelConsultation()`.
   */
  consult(target: string): void {
    this.#requireEstablished();
    if (this.#consult) throw new Error('a consultation call is already in progress');
    const uri = toDialUri(target, this.#config.domain);
    if (this.#state !== 'on-hold') this.hold();
    this.#placingConsult = true;
    try {
      this.#ua.call(uri, this.#callOptions());
    } finally {
      this.#placingConsult = false;
    }
    if (!this.#consult) throw new Error(`could not call ${target}`);
  }

  /**
   * Attended transfer, step 2: REFER the held party to the consulted one with Replaces naming the
   * consultation dialog (RFC 3891 §3; RFC 5589 §7.1): the transferee's INVITE replaces our
   * consultation call at the target, and our original call ends once the NOTIFY says 200.
   */
  completeTransfer(): void {
    const session = this.#requireEstablished();
    const consult = this.#consult;
    if (!consult || this.#consultState !== 'established') {
      throw new Error('the consultation call is not established');
    }
    this.#refer(session, consult.remote_identity.uri.toString(), consult);
  }

  /** Ends the consultation call and takes the held call back. */
  cancelConsultation(): void {
    this.#consult?.terminate();
    this.#consult = undefined;
    this.#setConsultState('none');
    if (this.#state === 'on-hold') this.unhold();
  }

  #refer(session: RTCSession, uri: string, replaces?: RTCSession): void {
    const report = (outcome: TransferOutcome) => this.#events.transferred?.(outcome);
    const refused = (e: { response?: { status_code?: number; reason_phrase?: string } }) =>
      report({
        ok: false,
        status: e.response?.status_code,
        reason: e.response?.reason_phrase ?? 'transfer failed',
      });
    session.refer(uri, {
      ...(replaces ? { replaces } : {}),
      eventHandlers: {
        // The final NOTIFY (sipfrag 2xx) says the target took the call (RFC 3515 §2.4.5).
        accepted: () => {
          this.#transferDone = true;
          report({ ok: true });
          session.terminate();
          // RFC 5589 §7.1: the target ends the replaced consultation dialog itself (its BYE may
          // still be on the way); only if it has not after a grace period does our side end it.
          if (replaces) {
            setTimeout(() => {
              if (!replaces.isEnded()) replaces.terminate();
            }, REPLACED_DIALOG_GRACE_MS);
          }
        },
        failed: refused,
        requestFailed: refused,
      },
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
    if (this.#placingConsult && event.originator === 'local') {
      this.#adoptConsult(session);
      return;
    }
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
    this.#onEnd(session);
  }

  /**
   * The line's call ended: the line is free — unless a consultation call is up (the held party hung
   * up during it, or it was not a transfer that ended the call): then the consultation becomes the
   * line's call, as on a desk phone.
   */
  #onEnd(session: RTCSession): void {
    const finished = (e: { cause?: string }) => {
      if (this.#session !== session) return;
      this.#session = undefined;
      this.#events.ended?.(e.cause ?? 'unknown');
      const consult = this.#consult;
      if (consult && !this.#transferDone) {
        this.#promote(consult);
        return;
      }
      this.#transferDone = false;
      this.#setState('idle');
    };
    session.on('ended', finished);
    session.on('failed', finished);
  }

  #promote(consult: RTCSession): void {
    const established = this.#consultState === 'established';
    this.#consult = undefined;
    this.#session = consult;
    this.#setConsultState('none');
    this.#setState(established ? 'established' : 'calling');
    if (!established) consult.on('confirmed', () => this.#setState('established'));
    this.#events.consultPromoted?.(consult.remote_identity.uri.toString());
    this.#onEnd(consult);
  }

  #adoptConsult(session: RTCSession): void {
    this.#consult = session;
    this.#setConsultState('calling');
    session.on('progress', () => this.#setConsultState('ringing-out'));
    session.on('confirmed', () => this.#setConsultState('established'));
    const attach = (pc: RTCPeerConnection) =>
      this.#watchTracks(pc, (stream) => this.#events.consultStream?.(stream));
    session.on('peerconnection', (e: { peerconnection: RTCPeerConnection }) => attach(e.peerconnection));
    if (session.connection) attach(session.connection);
    const finished = () => {
      if (this.#consult !== session) return;
      this.#consult = undefined;
      this.#setConsultState('none');
    };
    session.on('ended', finished);
    session.on('failed', finished);
  }

  #watchTracks(
    pc: RTCPeerConnection,
    deliver: (stream: MediaStream) => void = (stream) => this.#events.remoteStream?.(stream),
  ): void {
    pc.addEventListener('track', (e) => {
      deliver(e.streams[0] ?? new MediaStream([e.track]));
    });
  }

  #setConsultState(state: ConsultState): void {
    if (state === this.#consultState) return;
    this.#consultState = state;
    this.#events.consultChanged?.(state);
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

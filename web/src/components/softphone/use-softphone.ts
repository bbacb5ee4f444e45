'use client';
import type { CallState, ConsultState, Softphone, TransferOutcome } from '@carillon/softphone';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browserApi } from '../../lib/api-browser';
import {
  type CallDirection,
  type CallOutcome,
  type CallRecord,
  readHistory,
  recordCall,
} from './call-history';

export type Registration =
  | { readonly status: 'keying' }
  | { readonly status: 'connecting'; readonly username: string }
  | { readonly status: 'registered'; readonly username: string }
  | { readonly status: 'failed'; readonly cause: string };

export interface Incoming {
  readonly uri: string;
  readonly displayName: string | undefined;
}

export interface SoftphoneView {
  readonly registration: Registration;
  readonly domain: string | undefined;
  readonly state: CallState;
  readonly consult: ConsultState;
  readonly incoming: Incoming | undefined;
  /** Who the current call is with (dialled target or caller URI). */
  readonly party: string | undefined;
  readonly muted: boolean;
  readonly lastEnded: string | undefined;
  readonly transfer: TransferOutcome | undefined;
  readonly history: CallRecord[];
  readonly error: string | undefined;
  readonly phone: Softphone | undefined;
}

/**
 * Keyed once per browser session (tab): the credentials live in sessionStorage, so a reload does
 * not re-key the device (which would log out another tab and be refused for a while by the edge's
 * credential cache). They never reach localStorage, cookies or the server's logs.
 */
const CREDENTIALS_KEY = 'carillon.softphone.credentials';
/** After a refused REGISTER, try again this often, this many times (the edge's cache TTL is 30 s). */
const REGISTER_RETRY_MS = 5000;
const REGISTER_RETRIES = 9;

interface Credentials {
  readonly userId: string;
  readonly sipUsername: string;
  readonly sipPassword: string;
  readonly sipDomain: string;
}

function storedCredentials(userId: string): Credentials | undefined {
  try {
    const value = JSON.parse(window.sessionStorage.getItem(CREDENTIALS_KEY) ?? 'null') as Credentials | null;
    return value !== null && value.userId === userId && typeof value.sipPassword === 'string'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

async function credentialsFor(userId: string, fresh: boolean): Promise<Credentials> {
  const stored = fresh ? undefined : storedCredentials(userId);
  if (stored) return stored;
  const keyed = await browserApi().POST('/me/softphone');
  if (keyed.data === undefined) {
    throw new Error(keyed.error?.detail ?? keyed.error?.title ?? 'no credentials');
  }
  const credentials = { userId, ...keyed.data };
  window.sessionStorage.setItem(
    CREDENTIALS_KEY,
    JSON.stringify({
      userId,
      sipUsername: credentials.sipUsername,
      sipPassword: credentials.sipPassword,
      sipDomain: credentials.sipDomain,
    }),
  );
  return credentials;
}

function audioConstraints(processing: boolean): MediaTrackConstraints | boolean {
  return processing ? true : { echoCancellation: false, noiseSuppression: false, autoGainControl: false };
}

/** The live call being recorded into the history when it ends. */
interface CallInProgress {
  direction: CallDirection;
  party: string;
  displayName: string | undefined;
  startedAt: number;
  answeredAt: number | undefined;
  rejected: boolean;
}

/**
 * The softphone's life in the page: keys the user's WebRTC device (POST /me/softphone, the password
 * stays in this closure), registers over WSS, mirrors the call state into React, plays the far
 * end's audio into the given elements, and records each call in the local history.
 */
export function useSoftphone(options: {
  websocketUrl: string;
  userId: string;
  displayName: string;
  audioProcessing: boolean;
  remoteAudio: () => HTMLAudioElement | null;
  consultAudio: () => HTMLAudioElement | null;
  onIncoming: (incoming: Incoming) => void;
}): SoftphoneView & {
  dial(target: string): void;
  answer(): void;
  reject(): void;
  toggleMute(): void;
  /** Runs a softphone action, showing what it throws as `error`. */
  run(action: () => void): void;
} {
  const { websocketUrl, userId, displayName, audioProcessing } = options;
  const callbacks = useRef(options);
  callbacks.current = options;
  const [phone, setPhone] = useState<Softphone | undefined>();
  const [registration, setRegistration] = useState<Registration>({ status: 'keying' });
  const [domain, setDomain] = useState<string | undefined>();
  const [state, setState] = useState<CallState>('idle');
  const [consult, setConsult] = useState<ConsultState>('none');
  const [incoming, setIncoming] = useState<Incoming | undefined>();
  const [party, setParty] = useState<string | undefined>();
  const [muted, setMuted] = useState(false);
  const [lastEnded, setLastEnded] = useState<string | undefined>();
  const [transfer, setTransfer] = useState<TransferOutcome | undefined>();
  const [history, setHistory] = useState<CallRecord[]>([]);
  const [error, setError] = useState<string | undefined>();
  const current = useRef<CallInProgress | undefined>(undefined);

  useEffect(() => {
    setHistory(readHistory(window.localStorage, userId));
  }, [userId]);

  const audioProcessingRef = useRef(audioProcessing);
  audioProcessingRef.current = audioProcessing;
  useEffect(() => {
    phone?.setAudio(audioConstraints(audioProcessing));
  }, [phone, audioProcessing]);

  useEffect(() => {
    let stopped = false;
    let started: Softphone | undefined;
    let retries = 0;
    let retryTimer: number | undefined;
    setRegistration({ status: 'keying' });
    void (async () => {
      // Loaded here, not at module level: JsSIP touches browser globals and the page renders on the server.
      const [{ Softphone }, credentials] = await Promise.all([
        import('@carillon/softphone'),
        credentialsFor(userId, false),
      ]);
      if (stopped) return;
      const { sipUsername, sipPassword, sipDomain } = credentials;
      setDomain(sipDomain);
      setRegistration({ status: 'connecting', username: sipUsername });
      const finish = (cause: string) => {
        const call = current.current;
        current.current = undefined;
        setLastEnded(cause);
        setIncoming(undefined);
        setParty(undefined);
        setMuted(false);
        if (call === undefined) return;
        const outcome: CallOutcome =
          call.answeredAt !== undefined
            ? 'answered'
            : call.rejected
              ? 'rejected'
              : call.direction === 'incoming'
                ? 'missed'
                : 'failed';
        setHistory(
          recordCall(window.localStorage, userId, {
            direction: call.direction,
            party: call.party,
            ...(call.displayName === undefined ? {} : { displayName: call.displayName }),
            startedAt: new Date(call.startedAt).toISOString(),
            durationSeconds: call.answeredAt === undefined ? 0 : (Date.now() - call.answeredAt) / 1000,
            outcome,
          }),
        );
      };
      started = new Softphone(
        {
          websocketUrl,
          username: sipUsername,
          password: sipPassword,
          domain: sipDomain,
          ...(displayName ? { displayName } : {}),
          audio: audioConstraints(audioProcessingRef.current),
        },
        {
          registered: () => {
            retries = 0;
            setRegistration({ status: 'registered', username: sipUsername });
          },
          registrationFailed: (cause) => {
            setRegistration({ status: 'failed', cause });
            // The stored password may be one another tab has since replaced: the next load re-keys.
            if (cause === 'Authentication Error') window.sessionStorage.removeItem(CREDENTIALS_KEY);
            // Just re-keyed elsewhere or by this page: the edge may still hold the old credentials.
            if (cause === 'Authentication Error' && retries < REGISTER_RETRIES && !stopped) {
              retries += 1;
              retryTimer = window.setTimeout(() => started?.register(), REGISTER_RETRY_MS);
            }
          },
          incoming: (from) => {
            current.current = {
              direction: 'incoming',
              party: from.uri,
              displayName: from.displayName,
              startedAt: Date.now(),
              answeredAt: undefined,
              rejected: false,
            };
            setIncoming(from);
            setParty(from.uri);
            setLastEnded(undefined);
            setTransfer(undefined);
            callbacks.current.onIncoming(from);
          },
          stateChanged: (next) => {
            setState(next);
            if (next === 'established' && current.current && current.current.answeredAt === undefined) {
              current.current.answeredAt = Date.now();
              setIncoming(undefined);
            }
          },
          remoteStream: (stream) => play(callbacks.current.remoteAudio(), stream),
          consultStream: (stream) => play(callbacks.current.consultAudio(), stream),
          consultChanged: setConsult,
          consultPromoted: (uri) => {
            // The held party hung up during a consultation: the consultation is the call now.
            current.current = {
              direction: 'outgoing',
              party: uri,
              displayName: undefined,
              startedAt: Date.now(),
              answeredAt: Date.now(),
              rejected: false,
            };
            setParty(uri);
          },
          transferred: setTransfer,
          ended: finish,
        },
      );
      started.start();
      setPhone(started);
    })().catch((e: unknown) => {
      if (!stopped) setRegistration({ status: 'failed', cause: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      stopped = true;
      window.clearTimeout(retryTimer);
      started?.stop();
    };
  }, [websocketUrl, userId, displayName]);

  const guard = useCallback((action: () => void) => {
    try {
      setError(undefined);
      action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  return {
    registration,
    domain,
    state,
    consult,
    incoming,
    party,
    muted,
    lastEnded,
    transfer,
    history,
    error,
    phone,
    run: guard,
    dial: (target) =>
      guard(() => {
        if (!phone) throw new Error('the phone is not ready');
        phone.dial(target);
        current.current = {
          direction: 'outgoing',
          party: target,
          displayName: undefined,
          startedAt: Date.now(),
          answeredAt: undefined,
          rejected: false,
        };
        setParty(target);
        setLastEnded(undefined);
        setTransfer(undefined);
      }),
    answer: () => guard(() => phone?.answer()),
    reject: () =>
      guard(() => {
        if (current.current) current.current.rejected = true;
        phone?.reject(486);
      }),
    toggleMute: () =>
      guard(() => {
        if (muted) phone?.unmute();
        else phone?.mute();
        setMuted(!muted);
      }),
  };
}

function play(element: HTMLAudioElement | null, stream: MediaStream): void {
  if (!element) return;
  element.srcObject = stream;
  void element.play().catch(() => {
    // Autoplay refused before any user gesture: answering or dialling is one, so the next play works.
  });
}

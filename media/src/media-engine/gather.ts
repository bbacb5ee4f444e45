import type { DtmfEvent } from '../rtp-relay/leg-types';
import type { RelayLeg } from '../rtp-relay/relay-leg';

/** Where digits come from: a relay leg (RFC 4733 decoded, SIP INFO injected). */
export type DigitSource = Pick<RelayLeg, 'onDigit'>;

export interface GatherOptions {
  /** Collection stops at this many digits (terminator excluded). */
  readonly maxDigits: number;
  /** Digits fewer than this when a timeout ends the entry → status `timeout`. Default 1. */
  readonly minDigits?: number;
  /** Keys that end the entry early and are not part of it. Default '#'. */
  readonly terminators?: string;
  /** Wait for the first key (after the prompt, if any). Default 5000 ms. */
  readonly firstDigitTimeoutMs?: number;
  /** Wait between keys. Default 3000 ms. */
  readonly interDigitTimeoutMs?: number;
  /** Which DTMF transports count. Default both. */
  readonly methods?: readonly DtmfEvent['source'][];
  readonly signal?: AbortSignal;
}

export interface GatherResult {
  /** `completed`: maxDigits, a terminator, or a timeout after minDigits; `timeout`: fewer digits; `stopped`: aborted. */
  readonly status: 'completed' | 'timeout' | 'stopped';
  readonly digits: string;
  readonly terminator?: string;
  readonly timedOut: boolean;
}

/**
 * Collects DTMF from a leg — RFC 4733 events the relay decoded and SIP INFO digits injected by the
 * B2BUA — with first-digit and inter-digit timeouts (the classic IVR entry). `promptDone` delays the
 * first-digit timer until the prompt has finished playing; `onFirstDigit` lets the caller stop the
 * prompt on the first key (barge-in).
 */
export function gatherDigits(
  leg: DigitSource,
  options: GatherOptions,
  hooks: { readonly promptDone?: Promise<unknown>; readonly onFirstDigit?: () => void } = {},
): Promise<GatherResult> {
  const terminators = options.terminators ?? '#';
  const minDigits = options.minDigits ?? 1;
  const methods = new Set(options.methods ?? ['rfc4733', 'sip-info']);
  const firstTimeout = options.firstDigitTimeoutMs ?? 5000;
  const interTimeout = options.interDigitTimeoutMs ?? 3000;

  return new Promise<GatherResult>((resolve) => {
    let digits = '';
    let timer: NodeJS.Timeout | undefined;
    let finished = false;

    const finish = (result: GatherResult) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      unsubscribe();
      options.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const status = digits.length >= minDigits && digits.length > 0 ? 'completed' : 'timeout';
        finish({ status, digits, timedOut: true });
      }, ms);
    };
    const onAbort = () => finish({ status: 'stopped', digits, timedOut: false });

    const unsubscribe = leg.onDigit((event) => {
      if (finished || !methods.has(event.source)) return;
      if (digits.length === 0) hooks.onFirstDigit?.();
      if (terminators.includes(event.digit)) {
        finish({ status: 'completed', digits, terminator: event.digit, timedOut: false });
        return;
      }
      digits += event.digit;
      if (digits.length >= options.maxDigits) finish({ status: 'completed', digits, timedOut: false });
      else arm(interTimeout);
    });
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const startFirstTimer = () => {
      if (!finished && digits.length === 0) arm(firstTimeout);
    };
    if (hooks.promptDone === undefined) startFirstTimer();
    else hooks.promptDone.then(startFirstTimer, startFirstTimer);
  });
}

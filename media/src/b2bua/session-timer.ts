/**
 * Session timers (RFC 4028) on the caller's leg, so a call whose caller vanished (power cut, lost
 * NAT binding) is torn down instead of holding a relay and a call slot forever. Pure negotiation
 * and timing; `call.ts` runs the timers.
 */

/** §4 / §5: the smallest interval anyone may ask for; below this a 422 answers. */
export const RFC4028_MIN_SE = 90;

export interface SessionTimerPolicy {
  /** Our Min-SE (≥ 90): Session-Expires below it gets 422 (§9). */
  readonly minSE: number;
  /** The interval we propose when the caller supports timers but named none (§9). */
  readonly sessionExpires: number;
}

export const DEFAULT_SESSION_TIMER_POLICY: SessionTimerPolicy = {
  minSE: RFC4028_MIN_SE,
  sessionExpires: 1800,
};

export interface SessionTimerRequest {
  /** Session-Expires of the INVITE (delta-seconds and refresher), if any. */
  readonly sessionExpires?: { readonly deltaSeconds: number; readonly refresher?: 'uac' | 'uas' };
  /** Min-SE of the INVITE (§5). */
  readonly minSE?: number;
  /** Option tags in Supported: the caller does session timers when it lists `timer` (§7.1). */
  readonly supported: readonly string[];
  /** Methods in Allow: a `uas` refresher can only refresh with UPDATE (RFC 3311) here. */
  readonly allow: readonly string[];
}

export type SessionTimerNegotiation =
  /** §9: the requested interval is below our Min-SE → 422 Session Interval Too Small with Min-SE. */
  | { readonly kind: 'too-small'; readonly minSE: number }
  /** The caller cannot do timers: none are run on this leg (the relay's RTP timeout covers it). */
  | { readonly kind: 'off' }
  | {
      readonly kind: 'on';
      readonly interval: number;
      /** Who refreshes: `uac` = the caller, we only watch; `uas` = we send UPDATEs. */
      readonly refresher: 'uac' | 'uas';
      /** Headers of our 2xx (§9: Session-Expires with refresher, and Require: timer). */
      readonly headers: readonly (readonly [string, string])[];
    };

/** The UAS side of §9 for the initial INVITE or a refresh. */
export function negotiateSessionTimer(
  request: SessionTimerRequest,
  policy: SessionTimerPolicy = DEFAULT_SESSION_TIMER_POLICY,
): SessionTimerNegotiation {
  const minSE = Math.max(policy.minSE, request.minSE ?? 0, RFC4028_MIN_SE);
  const requested = request.sessionExpires;
  if (requested !== undefined && requested.deltaSeconds < minSE) return { kind: 'too-small', minSE };
  const supportsTimer = request.supported.some((tag) => tag.toLowerCase() === 'timer');
  // Without `timer` support a refresher=uas answer would oblige us to re-INVITE a UA that cannot say
  // what it wants; §9 lets a UAS that does not run timers ignore them, and the RTP timeout remains.
  if (!supportsTimer) return { kind: 'off' };
  const interval = Math.max(requested?.deltaSeconds ?? policy.sessionExpires, minSE);
  const canRefresh = request.allow.some((method) => method.toUpperCase() === 'UPDATE');
  const refresher = requested?.refresher === 'uas' && canRefresh ? 'uas' : 'uac';
  return {
    kind: 'on',
    interval,
    refresher,
    headers: [
      ['Session-Expires', `${interval};refresher=${refresher}`],
      // §9: Require: timer when the caller is to refresh, so it knows it must.
      ...(refresher === 'uac' ? ([['Require', 'timer']] as const) : []),
    ],
  };
}

/**
 * §10: without a refresh, the side that does not refresh sends BYE at expiry minus
 * min(32 s, interval/3). In milliseconds.
 */
export function teardownDelayMs(interval: number): number {
  return Math.round((interval - Math.min(32, interval / 3)) * 1000);
}

/** §10: the refresher refreshes at half the interval. In milliseconds. */
export function refreshDelayMs(interval: number): number {
  return Math.round((interval / 2) * 1000);
}

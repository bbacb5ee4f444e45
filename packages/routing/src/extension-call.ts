import {
  type ActionInput,
  type ActionResult,
  type CallSource,
  MAX_DIAL_TARGETS,
} from '@carillon/call-control';
import type { CallState } from './call-state';
import {
  busyTreatment,
  declinedTreatment,
  forbiddenTreatment,
  lostStateTreatment,
  normalClearing,
  notImplementedTreatment,
  unavailableTreatment,
  unknownNumberTreatment,
} from './treatments';

/**
 * Extension-to-extension calls (ARCHITECTURE §3, issue 4 item 3): who may
 * call, whom a number reaches, which contacts ring, and what the caller gets
 * when nobody answers. Pure: the caller of these functions has already read
 * the tenant, devices and bindings, and seals the returned state.
 */

/** Why the call went where it went; logged with every decision. */
export type Outcome =
  | 'refused'
  | 'not-implemented'
  | 'number-unknown'
  | 'not-registered'
  | 'ringing'
  | 'busy'
  | 'declined'
  | 'no-answer'
  | 'completed'
  | 'caller-left'
  | 'state-lost'
  | 'ended';

export interface Decision {
  readonly outcome: Outcome;
  readonly actions: ActionInput[];
  /** Null: nothing to remember (the actions end the call). */
  readonly state: CallState | null;
}

/** The tenant as call routing needs it. */
export interface TenantFacts {
  readonly status: 'active' | 'suspended' | 'deleted-pending';
  /** ISO 3166-1 alpha-2; picks the tone plan. */
  readonly country: string;
}

/** The calling device as the store knows it; undefined when the store does not. */
export interface CallerDeviceFacts {
  readonly id: string;
  readonly userId: string | null;
}

/** One live registrar binding of a callee's device (RFC 3261 §10). */
export interface RingBinding {
  readonly registrationId: string;
  readonly deviceId: string;
  readonly contactUri: string;
  /** The edge node holding the device's connection (ARCHITECTURE §5). */
  readonly edgeNodeId: string;
  readonly expiresAt: string;
}

/** Whom the dialled number reaches in the caller's tenant. */
export type CalleeFacts =
  | { readonly kind: 'unknown' }
  /** A group, queue, IVR or voicemail box: later issues route these. */
  | { readonly kind: 'unsupported'; readonly entity: string }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly number: string;
      /** Every binding of every device of the user, live or not; filtered here. */
      readonly bindings: readonly RingBinding[];
    };

/** Sources this issue routes: phones and softphones, and the portal's WebRTC softphone. */
export function callerDeviceId(source: CallSource): string | undefined {
  return source.kind === 'extension' || source.kind === 'webrtc' ? source.deviceId : undefined;
}

/**
 * Refuse a call before looking at the number: from a source this issue does
 * not route, from a tenant that is not active, or from a device the tenant
 * does not have. Undefined = the caller may call.
 */
export function refuseCaller(input: {
  readonly source: CallSource;
  readonly tenant: TenantFacts | undefined;
  readonly callerDevice: CallerDeviceFacts | undefined;
}): Decision | undefined {
  if (callerDeviceId(input.source) === undefined) {
    return {
      outcome: 'not-implemented',
      actions: notImplementedTreatment(`calls from a ${input.source.kind} are not routed yet`),
      state: null,
    };
  }
  if (input.tenant === undefined || input.tenant.status !== 'active') {
    return { outcome: 'refused', actions: forbiddenTreatment('Tenant not active'), state: null };
  }
  if (input.callerDevice === undefined) {
    return { outcome: 'refused', actions: forbiddenTreatment('Unknown device'), state: null };
  }
  return undefined;
}

export interface ExtensionCallInput {
  /** Undefined when the Request-URI holds no dial string. */
  readonly dialled: string | undefined;
  readonly callee: CalleeFacts;
  readonly callerDeviceId: string;
  /** Presented to the callee: the caller's extension and name, when the device has a user. */
  readonly callerId?: { readonly number: string; readonly name: string };
  readonly country: string;
  readonly now: Date;
  /** Ring time of the callee's phones, in ms (issue 4: 30 s). */
  readonly ringTimeoutMs: number;
}

/** Route a `call.new` whose caller passed `refuseCaller`. */
export function routeExtensionCall(input: ExtensionCallInput): Decision {
  const { callee } = input;
  if (input.dialled === undefined || callee.kind === 'unknown') {
    return { outcome: 'number-unknown', actions: unknownNumberTreatment(), state: ending() };
  }
  if (callee.kind === 'unsupported') {
    return {
      outcome: 'not-implemented',
      actions: notImplementedTreatment(`calls to a ${callee.entity} are not routed yet`),
      state: null,
    };
  }
  const targets = ringTargets(callee.bindings, input.callerDeviceId, input.now);
  if (targets.length === 0) {
    return { outcome: 'not-registered', actions: unavailableTreatment('not-registered'), state: ending() };
  }
  const dial: ActionInput = {
    type: 'dial',
    targets: targets.map((binding) => ({
      kind: 'contact',
      uri: binding.contactUri,
      deviceId: binding.deviceId,
      edgeNodeId: binding.edgeNodeId,
    })),
    strategy: 'parallel',
    targetTimeoutMs: input.ringTimeoutMs,
    timeoutMs: input.ringTimeoutMs,
    ringback: 'ringback',
    country: input.country,
    ...(input.callerId ? { callerId: { number: input.callerId.number, name: input.callerId.name } } : {}),
  };
  return {
    outcome: 'ringing',
    actions: [dial],
    state: {
      v: 1,
      step: 'ringing',
      callee: callee.number,
      targetDevices: targets.map((binding) => binding.deviceId),
      country: input.country,
    },
  };
}

/**
 * The contacts to ring: live bindings only (TTL deletion lags, RFC 3261
 * §10.2.4 expiry is what counts), never the calling device itself (a user
 * calling their own extension from one phone rings their other phones), one
 * per contact URI, at most `MAX_DIAL_TARGETS`, in the store's order.
 */
export function ringTargets(
  bindings: readonly RingBinding[],
  callerDeviceId: string,
  now: Date,
): RingBinding[] {
  const seen = new Set<string>();
  const targets: RingBinding[] = [];
  for (const binding of bindings) {
    if (Date.parse(binding.expiresAt) <= now.getTime()) continue;
    if (binding.deviceId === callerDeviceId) continue;
    if (seen.has(binding.contactUri)) continue;
    seen.add(binding.contactUri);
    targets.push(binding);
  }
  return targets.slice(0, MAX_DIAL_TARGETS);
}

/**
 * The next step after the edge ran our actions (`action.done`). `state`
 * undefined means it was missing, forged or of an unknown shape: the call
 * ends cleanly rather than being guessed at.
 */
export function continueExtensionCall(state: CallState | undefined, result: ActionResult): Decision {
  if (state === undefined) return { outcome: 'state-lost', actions: lostStateTreatment(), state: null };
  if (result.status === 'hangup') {
    // The caller is gone; call.ended follows. A live event still needs an action.
    return { outcome: 'caller-left', actions: normalClearing(), state: null };
  }
  if (state.step === 'ending' || result.action !== 'dial') {
    // A treatment's play failed or was cut short: its hangup did not run, so run one now.
    return { outcome: 'ended', actions: normalClearing(), state: null };
  }
  switch (result.status) {
    case 'completed':
      return { outcome: 'completed', actions: normalClearing(), state: null };
    case 'busy':
      return { outcome: 'busy', actions: busyTreatment(state.country), state: ending() };
    case 'rejected':
      return { outcome: 'declined', actions: declinedTreatment(state.country), state: ending() };
    case 'no-answer':
    case 'timeout':
    case 'cancelled':
      return { outcome: 'no-answer', actions: unavailableTreatment('no-answer'), state: ending() };
    case 'failed':
      // No target could be reached: the bindings went stale between lookup and dial.
      return { outcome: 'not-registered', actions: unavailableTreatment('not-registered'), state: ending() };
  }
}

function ending(): CallState {
  return { v: 1, step: 'ending' };
}

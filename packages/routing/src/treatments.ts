import type { ActionInput } from '@carillon/call-control';

/**
 * What a caller hears when a call cannot go through, as action lists. Each
 * ends with a hangup whose SIP status and Q.850 cause follow RFC 3398
 * §7.2.4.1 / §8.2.6.1 in both directions, so a trunk on the far side maps it
 * back to the same cause. Announcements run as early media (183, RFC 3960
 * §3): the caller hears them without the call being answered or billed.
 */
export const PROMPT_KEYS = {
  /** "The person you called is not available." */
  calleeUnavailable: 'system/prompts/callee-unavailable.wav',
  /** "The number you dialled does not exist." */
  numberUnknown: 'system/prompts/number-unknown.wav',
} as const;

/** Q.850 causes used here (ITU-T Q.850 Table 1). */
export const CAUSE = {
  unallocatedNumber: 1,
  normalClearing: 16,
  userBusy: 17,
  noUserResponding: 18,
  noAnswer: 19,
  subscriberAbsent: 20,
  callRejected: 21,
  temporaryFailure: 41,
  serviceNotImplemented: 79,
} as const;

/** How many busy-tone cadences to play before hanging up (about 4–6 s in most plans). */
export const BUSY_TONE_CYCLES = 8;

function announce(key: string): ActionInput {
  return { type: 'play', source: { kind: 'prompt', key }, earlyMedia: true };
}

/** Callee busy: the national busy tone, then 486 Busy Here / cause 17. */
export function busyTreatment(country: string): ActionInput[] {
  return [
    {
      type: 'play',
      source: { kind: 'tone', tone: 'busy', country },
      loop: BUSY_TONE_CYCLES,
      earlyMedia: true,
    },
    { type: 'hangup', sipStatus: 486, cause: CAUSE.userBusy, reason: 'Busy Here' },
  ];
}

/** Callee declined (603): busy tone as well — to the caller a decline is a busy line — then 603 / cause 21. */
export function declinedTreatment(country: string): ActionInput[] {
  return [
    {
      type: 'play',
      source: { kind: 'tone', tone: 'busy', country },
      loop: BUSY_TONE_CYCLES,
      earlyMedia: true,
    },
    { type: 'hangup', sipStatus: 603, cause: CAUSE.callRejected, reason: 'Decline' },
  ];
}

/**
 * No answer, or nothing registered to ring: the "not available" announcement,
 * then 480 Temporarily Unavailable with the cause that says which (19 no
 * answer, 20 subscriber absent). Voicemail replaces this later.
 */
export function unavailableTreatment(reason: 'no-answer' | 'not-registered'): ActionInput[] {
  const cause = reason === 'no-answer' ? CAUSE.noAnswer : CAUSE.subscriberAbsent;
  return [
    announce(PROMPT_KEYS.calleeUnavailable),
    {
      type: 'hangup',
      sipStatus: 480,
      cause,
      reason: reason === 'no-answer' ? 'No answer' : 'Not registered',
    },
  ];
}

/** A number nobody in the tenant has: announcement, then 404 / cause 1. */
export function unknownNumberTreatment(): ActionInput[] {
  return [
    announce(PROMPT_KEYS.numberUnknown),
    { type: 'hangup', sipStatus: 404, cause: CAUSE.unallocatedNumber, reason: 'Number unknown' },
  ];
}

/** The caller may not call (unknown device, tenant not active): 403 / cause 21, no announcement. */
export function forbiddenTreatment(reason: string): ActionInput[] {
  return [{ type: 'hangup', sipStatus: 403, cause: CAUSE.callRejected, reason }];
}

/** A case this PBX does not route yet (trunks, gateways, groups …): 501 / cause 79. */
export function notImplementedTreatment(reason: string): ActionInput[] {
  return [{ type: 'hangup', sipStatus: 501, cause: CAUSE.serviceNotImplemented, reason }];
}

/** The call's context was lost or forged (state did not verify): end it cleanly with 500 / cause 41. */
export function lostStateTreatment(): ActionInput[] {
  return [{ type: 'hangup', sipStatus: 500, cause: CAUSE.temporaryFailure, reason: 'Call state lost' }];
}

/** The call is over from the PBX's side (bridged call ended, caller gone): normal clearing. */
export function normalClearing(): ActionInput[] {
  return [{ type: 'hangup', cause: CAUSE.normalClearing }];
}

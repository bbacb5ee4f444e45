/**
 * The caller's side of a call as the B2BUA sees it (RFC 3261 §13.3.1 for the UAS, §15 for BYE).
 *
 *   trying ──provisional──▶ early ──answer──▶ answered ──ack──▶ confirmed
 *     │                       │                  │                 │
 *     └──reject / cancel──────┴──▶ ended         └──bye / teardown─┴──▶ ended
 *
 * `answered` is the window between our 2xx and the caller's ACK (§13.3.1.4): a BYE may already
 * arrive there (the ACK can be lost), so it ends the call too.
 */
export type CallState = 'trying' | 'early' | 'answered' | 'confirmed' | 'ended';

export type CallEvent =
  /** A 1xx with To tag went to the caller (180/183). */
  | 'provisional'
  /** A 2xx went to the caller. */
  | 'answer'
  /** The caller's ACK for the 2xx arrived. */
  | 'ack'
  /** A 3xx–6xx went to the caller (hangup before answer, fork failure, limits). */
  | 'reject'
  /** CANCEL from the caller (§9.2); the 487 follows. */
  | 'cancel'
  /** BYE from either side, or a teardown decided here (session timer, hangup action). */
  | 'bye';

const TRANSITIONS: Readonly<Record<CallState, Partial<Record<CallEvent, CallState>>>> = {
  trying: { provisional: 'early', answer: 'answered', reject: 'ended', cancel: 'ended' },
  early: { provisional: 'early', answer: 'answered', reject: 'ended', cancel: 'ended' },
  // A CANCEL after our 2xx has no effect (§9.2): the caller must BYE.
  answered: { ack: 'confirmed', bye: 'ended' },
  confirmed: { ack: 'confirmed', bye: 'ended' },
  ended: {},
};

/** The next state, or undefined when `event` is not allowed in `state` (the caller ignores it). */
export function nextCallState(state: CallState, event: CallEvent): CallState | undefined {
  return TRANSITIONS[state][event];
}

/** Before a 2xx went out, the caller is still owed a final response. */
export function isUnanswered(state: CallState): boolean {
  return state === 'trying' || state === 'early';
}

export function isAnswered(state: CallState): boolean {
  return state === 'answered' || state === 'confirmed';
}

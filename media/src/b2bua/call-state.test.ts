import { describe, expect, it } from 'vitest';
import { type CallEvent, type CallState, isAnswered, isUnanswered, nextCallState } from './call-state';

function run(events: CallEvent[]): CallState | undefined {
  let state: CallState | undefined = 'trying';
  for (const event of events) {
    if (state === undefined) return undefined;
    state = nextCallState(state, event);
  }
  return state;
}

describe('call state (RFC 3261 §13.3.1, §15)', () => {
  it('goes trying → early → answered → confirmed → ended for a normal call', () => {
    expect(run(['provisional', 'provisional', 'answer', 'ack', 'bye'])).toBe('ended');
    expect(run(['provisional', 'answer'])).toBe('answered');
    expect(run(['provisional', 'answer', 'ack'])).toBe('confirmed');
  });

  it('ends on CANCEL or a final rejection before answer', () => {
    expect(run(['provisional', 'cancel'])).toBe('ended');
    expect(run(['reject'])).toBe('ended');
  });

  it('ignores CANCEL after the 2xx (§9.2: too late, the caller must BYE)', () => {
    expect(nextCallState('answered', 'cancel')).toBeUndefined();
    expect(nextCallState('confirmed', 'cancel')).toBeUndefined();
  });

  it('accepts a BYE between our 2xx and the ACK (the ACK may be lost)', () => {
    expect(nextCallState('answered', 'bye')).toBe('ended');
  });

  it('refuses a second answer, a BYE before answer and anything after the end', () => {
    expect(nextCallState('confirmed', 'answer')).toBeUndefined();
    expect(nextCallState('early', 'bye')).toBeUndefined();
    for (const event of ['provisional', 'answer', 'ack', 'reject', 'cancel', 'bye'] as const) {
      expect(nextCallState('ended', event)).toBeUndefined();
    }
  });

  it('classifies states as owing a final response or answered', () => {
    expect(isUnanswered('trying') && isUnanswered('early')).toBe(true);
    expect(isUnanswered('answered')).toBe(false);
    expect(isAnswered('answered') && isAnswered('confirmed')).toBe(true);
    expect(isAnswered('ended')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { CallControlProtocolError } from './errors';
import { EventBuilder } from './event-builder';
import { cdrIdempotencyKey, legReportIdempotencyKey } from './idempotency';
import { parseEvent } from './parse';
import { CALL_ID, callerLeg, LEG_ID, TENANT_ID, trunkCall } from './test-support';

function builder(start = Date.parse('2025-03-03T09:15:00.000Z')) {
  let now = start;
  return new EventBuilder({
    callId: CALL_ID,
    tenantId: TENANT_ID,
    edgeNodeId: 'edge-eu-1a',
    legId: LEG_ID,
    call: trunkCall,
    clock: () => {
      now += 250;
      return new Date(now);
    },
  });
}

describe('EventBuilder', () => {
  test('numbers a call’s events 1, 2, 3, … and each one passes parseEvent', () => {
    const events = builder();
    const built = [
      events.callNew(),
      events.actionDone({ action: 'play', index: 0, status: 'completed', durationMs: 4100 }),
      events.legReport({ ...callerLeg, legId: 'leg-2' }),
      events.callEnded(
        { cause: 16, side: 'caller', answeredAt: callerLeg.answeredAt ?? null, endedAt: callerLeg.endedAt },
        [callerLeg],
      ),
    ];
    expect(built.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(built.map((event) => parseEvent(JSON.stringify(event)).ok)).toEqual([true, true, true, true]);
    expect(built[2]?.legId).toBe('leg-2');
    expect(new Set(built.map((event) => event.at)).size).toBe(4);
  });

  test('echoes the state of the last reply it was given, and none on call.new', () => {
    const events = builder();
    expect(events.callNew().state).toBeNull();
    events.acceptReply({ state: 'v1.first.mac' });
    expect(events.actionDone({ action: 'answer', index: 0, status: 'completed', durationMs: 0 }).state).toBe(
      'v1.first.mac',
    );
    events.acceptReply({ state: null });
    expect(
      events.actionDone({ action: 'answer', index: 0, status: 'completed', durationMs: 0 }).state,
    ).toBeNull();
  });

  test('derive: a stemming call (a blind transfer) keeps tenant and node, has its own ids and seq from 1', () => {
    const events = builder();
    events.callNew();
    const derived = events.derive({
      callId: `${CALL_ID}-x1`,
      legId: `${CALL_ID}-x1-a`,
      call: (base) => ({ ...base, requestUri: 'sip:203@t1.example' }),
    });
    const event = derived.callNew();
    expect(event.seq).toBe(1);
    expect(event.callId).toBe(`${CALL_ID}-x1`);
    expect(event.tenantId).toBe(TENANT_ID);
    expect(event.edgeNodeId).toBe('edge-eu-1a');
    expect(event.call.requestUri).toBe('sip:203@t1.example');
    expect(events.seq).toBe(1);
  });

  test('an invalid event throws with the field path and does not consume a seq', () => {
    const events = builder();
    events.callNew();
    let thrown: unknown;
    try {
      events.actionDone({ action: 'gather', index: 0, status: 'completed', digits: 'xyz', durationMs: 0 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CallControlProtocolError);
    expect((thrown as CallControlProtocolError).issues.map((issue) => issue.path)).toEqual(['result.digits']);
    expect(events.seq).toBe(1);
    expect(events.actionDone({ action: 'gather', index: 0, status: 'timeout', durationMs: 5000 }).seq).toBe(
      2,
    );
  });
});

describe('idempotency keys', () => {
  test('the same call always gives the same CDR key, other calls other keys', () => {
    expect(cdrIdempotencyKey(CALL_ID)).toBe(cdrIdempotencyKey(`${CALL_ID}`));
    expect(cdrIdempotencyKey(CALL_ID)).not.toBe(cdrIdempotencyKey(`${CALL_ID}x`));
  });

  test('a leg key differs per leg and from the CDR key, and ids cannot be shifted between parts', () => {
    const keys = [
      cdrIdempotencyKey(CALL_ID),
      legReportIdempotencyKey(CALL_ID, 'leg-1'),
      legReportIdempotencyKey(CALL_ID, 'leg-2'),
      legReportIdempotencyKey('a.b', 'c'),
      legReportIdempotencyKey('a', 'b.c'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a 256-character call id still gives a key within the CDR store’s 8–200 characters', () => {
    const key = cdrIdempotencyKey('x'.repeat(256));
    expect(key.length).toBeGreaterThanOrEqual(8);
    expect(key.length).toBeLessThanOrEqual(200);
  });
});

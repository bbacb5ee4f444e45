import { cdrIdempotencyKey, MAX_LEGS_PER_CALL } from '@carillon/call-control';
import { cdrReportSchema } from '@carillon/edge-api';
import { describe, expect, it } from 'vitest';
import { type CallState, callStartSchema, legEndingSchema, legStartSchema } from './call-facts';
import { CallTable } from './call-state';
import { buildCdrReport, buildFailureReport, EDGE_FAILURE_CAUSE } from './cdr-report-builder';
import { byeFromCaller, calleeLeg, ManualClock, sampleCall } from './test-support';

/** A call 201 → 202, answered 4 s after the INVITE, as the journal's table holds it. */
function answeredCall(clock: ManualClock): CallState {
  const table = new CallTable();
  table.apply({ t: 'call-started', at: clock.now(), call: callStartSchema.parse(sampleCall('call-1')) });
  clock.advance(100);
  table.apply({
    t: 'leg-started',
    at: clock.now(),
    callId: 'call-1',
    leg: legStartSchema.parse(calleeLeg('call-1')),
  });
  clock.advance(3900);
  for (const legId of ['call-1-b', 'call-1-a']) {
    table.apply({ t: 'leg-answered', at: clock.now(), callId: 'call-1', legId, codec: 'PCMU' });
  }
  return table.get('call-1')!;
}

describe('buildCdrReport', () => {
  it('makes a report the edge API accepts, legs still up ending with the call', () => {
    const clock = new ManualClock();
    const startedAt = clock.now();
    const call = answeredCall(clock);
    clock.advance(30_000);

    const report = cdrReportSchema.parse(
      buildCdrReport(call, { cause: 16, side: 'callee' }, clock.now(), 'edge-1'),
    );

    expect(report.idempotencyKey).toBe(cdrIdempotencyKey('call-1'));
    expect(report.termination).toBe('normal');
    expect([report.startedAt, report.answeredAt, report.endedAt]).toEqual(
      [startedAt, startedAt + 4000, startedAt + 34_000].map((ms) => new Date(ms).toISOString()),
    );
    expect(report.legs.map((leg) => [leg.legId, leg.cause, leg.side, leg.endedAt, leg.codec])).toEqual([
      ['call-1-a', 16, 'callee', report.endedAt, 'PCMU'],
      ['call-1-b', 16, 'callee', report.endedAt, 'PCMU'],
    ]);
  });

  it('keeps the ending and RTP figures a leg reported itself', () => {
    const clock = new ManualClock();
    const call = answeredCall(clock);
    clock.advance(5000);
    call.legs[1]!.endedAt = clock.now();
    call.legs[1]!.ending = legEndingSchema.parse(byeFromCaller);

    const report = buildCdrReport(call, { cause: 16, side: 'caller' }, clock.now() + 20, 'edge-1');

    expect(report.legs[1]?.rtp).toEqual(byeFromCaller.rtp);
    expect(report.legs[0]?.rtp).toBeNull();
  });

  it('drops the SIP status of an answered call but keeps that of an unanswered one', () => {
    const clock = new ManualClock();
    const unanswered = buildCdrReport(
      { ...answeredCall(clock), legs: [{ ...answeredCall(clock).legs[0]!, answeredAt: null }] },
      { cause: 17, side: 'callee', sipStatus: 486 },
      clock.now(),
      'edge-1',
    );
    const answered = buildCdrReport(
      answeredCall(clock),
      { cause: 16, side: 'callee', sipStatus: 486 },
      clock.now(),
      'e',
    );

    expect(unanswered.sipStatus).toBe(486);
    expect(answered.sipStatus).toBeUndefined();
  });

  it('orders the times when the wall clock stepped back between facts', () => {
    const clock = new ManualClock();
    const call = answeredCall(clock);

    const report = buildCdrReport(call, { cause: 16, side: 'caller' }, call.startedAt - 5000, 'edge-1');

    expect(cdrReportSchema.safeParse(report).success).toBe(true);
    expect(report.endedAt).toBe(report.answeredAt);
  });

  it(`keeps the caller's leg and the latest ones when a call has more than ${MAX_LEGS_PER_CALL}`, () => {
    const clock = new ManualClock();
    const call = answeredCall(clock);
    for (let index = 0; index < 100; index += 1) {
      call.legs.push({ ...call.legs[1]!, legId: `hunt-${index}` });
    }

    const report = cdrReportSchema.parse(
      buildCdrReport(call, { cause: 16, side: 'caller' }, clock.now(), 'edge-1'),
    );

    expect(report.legs).toHaveLength(MAX_LEGS_PER_CALL);
    expect(report.legs[0]?.legId).toBe('call-1-a');
    expect(report.legs.at(-1)?.legId).toBe('hunt-99');
  });
});

describe('buildFailureReport', () => {
  it('ends the call at the last sign of life with cause 41 on the system side', () => {
    const clock = new ManualClock();
    const call = answeredCall(clock);
    const lastAliveAt = clock.now() + 12_000;

    const report = cdrReportSchema.parse(buildFailureReport(call, lastAliveAt, 'edge-1'));

    expect(report).toMatchObject({
      termination: 'edge-failure',
      cause: EDGE_FAILURE_CAUSE,
      side: 'system',
      endedAt: new Date(lastAliveAt).toISOString(),
    });
    expect(report.legs.every((leg) => leg.cause === EDGE_FAILURE_CAUSE && leg.side === 'system')).toBe(true);
  });
});

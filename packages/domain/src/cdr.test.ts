import { describe, expect, it } from 'vitest';
import { cdrDurations, cdrNumbers, cdrSchema, cdrUserIds } from './cdr';
import { issuesOf } from './test-support';
import { newId } from './values/id';

const leg = {
  legId: 'leg-1',
  kind: 'trunk',
  caller: { number: '+4989123456', name: null },
  callee: { number: '101', name: 'Anna' },
  deviceId: null,
  userId: null,
  trunkId: newId('trk'),
  startedAt: '2024-05-01T08:00:00Z',
  answeredAt: '2024-05-01T08:00:07Z',
  endedAt: '2024-05-01T08:02:07Z',
  disposition: 'answered',
  hangupCause: 16,
  hangupSide: 'caller',
  codec: 'PCMA',
  rtp: { packetsSent: 6000, packetsReceived: 5990, packetsLost: 10, jitterMs: 3.2, mos: 4.3 },
};

const answered = {
  id: newId('cdr'),
  tenantId: newId('tnt'),
  callId: 'a84b4c76e66710@pc33.example.com',
  idempotencyKey: 'edge-1:a84b4c76e66710',
  direction: 'inbound',
  caller: leg.caller,
  callee: leg.callee,
  startedAt: leg.startedAt,
  answeredAt: leg.answeredAt,
  endedAt: leg.endedAt,
  ...cdrDurations(leg),
  disposition: 'answered',
  hangupCause: 16,
  hangupSide: 'caller',
  legs: [leg],
  createdAt: '2024-05-01T08:02:08Z',
};

describe('CDRs', () => {
  it('count duration from start (ring time included) and billable seconds from answer', () => {
    expect(cdrDurations(leg)).toEqual({ durationSeconds: 127, billableSeconds: 120 });
    expect(cdrDurations({ ...leg, answeredAt: null })).toEqual({ durationSeconds: 127, billableSeconds: 0 });
    expect(issuesOf(cdrSchema, answered)).toEqual([]);
  });

  it('reject billable seconds beyond the duration', () => {
    expect(issuesOf(cdrSchema, { ...answered, billableSeconds: 200 })).toEqual([
      { path: 'billableSeconds', message: 'billable seconds must not exceed duration' },
    ]);
  });

  it('reject billable seconds and an answer time for an unanswered call', () => {
    expect(issuesOf(cdrSchema, { ...answered, disposition: 'busy' })).toEqual([
      { path: 'billableSeconds', message: 'an unanswered call has no billable seconds' },
      { path: 'answeredAt', message: 'answer time is set exactly when the call was answered' },
    ]);
  });

  it('reject a leg that ends before it was answered, at the leg’s path', () => {
    const broken = { ...leg, endedAt: '2024-05-01T08:00:05Z' };
    expect(issuesOf(cdrSchema, { ...answered, legs: [broken] })).toEqual([
      { path: 'legs.0.endedAt', message: 'end time must not be before start or answer time' },
    ]);
  });

  it('need at least one leg and a Q.850 cause', () => {
    expect(issuesOf(cdrSchema, { ...answered, legs: [], hangupCause: 128 })).toEqual([
      { path: 'hangupCause', message: 'hangup cause must be a Q.850 value 0–127' },
      { path: 'legs', message: 'a CDR needs at least one leg' },
    ]);
  });
});

describe('the parties of a CDR', () => {
  it('are the users of every leg, each once in leg order, and the two numbers', () => {
    const [a, b] = [newId('usr'), newId('usr')];
    const legs = [{ userId: a }, { userId: null }, { userId: b }, { userId: a }];
    expect(cdrUserIds({ legs } as never)).toEqual([a, b]);
    expect(
      cdrNumbers({ caller: { number: '201', name: null }, callee: { number: '+4930123', name: null } }),
    ).toEqual(['201', '+4930123']);
    expect(
      cdrNumbers({ caller: { number: '201', name: null }, callee: { number: '201', name: null } }),
    ).toEqual(['201']);
  });
});

import { cdrIdempotencyKey } from '@carillon/call-control';
import { cdrSchema } from '@carillon/domain';
import { cdrReportSchema } from '@carillon/edge-api';
import { describe, expect, it } from 'vitest';
import { buildCdr, disposition } from './build-cdr';

const TENANT = 'tnt_0000000000000000000000000a';
const DEVICE = 'dev_0000000000000000000000000a';

function report(overrides: Record<string, unknown> = {}, legOverrides: Record<string, unknown> = {}) {
  const callId = 'unit-call-1@10.0.0.21';
  const times = {
    startedAt: '2025-03-01T10:00:00Z',
    answeredAt: '2025-03-01T10:00:04.250Z',
    endedAt: '2025-03-01T10:01:04.900Z',
  };
  return cdrReportSchema.parse({
    idempotencyKey: cdrIdempotencyKey(callId),
    callId,
    tenantId: TENANT,
    edgeNodeId: 'edge-1',
    direction: 'internal',
    caller: { number: '201', name: 'A'.repeat(120) },
    callee: { number: '202' },
    ...times,
    cause: 16,
    side: 'callee',
    legs: [
      {
        legId: 'leg-a',
        kind: 'extension',
        caller: { number: '201' },
        callee: { number: '202' },
        deviceId: DEVICE,
        ...times,
        cause: 16,
        side: 'callee',
        codec: 'PCMA',
        rtp: {
          packetsSent: 10,
          packetsReceived: 9,
          bytesSent: 1720,
          bytesReceived: 1548,
          packetsLost: 1,
          jitterMs: 1.2,
          mos: null,
        },
        ...legOverrides,
      },
    ],
    ...overrides,
  });
}

describe('disposition', () => {
  it.each([
    [{ answeredAt: '2025-03-01T10:00:04Z', cause: 41 }, false, 'answered'],
    [{ answeredAt: null, cause: 16, sipStatus: 486 }, false, 'busy'],
    [{ answeredAt: null, cause: 17 }, false, 'busy'],
    [{ answeredAt: null, cause: 16, sipStatus: 487 }, false, 'no-answer'],
    [{ answeredAt: null, cause: 19, sipStatus: 480 }, false, 'no-answer'],
    [{ answeredAt: null, cause: 1, sipStatus: 404 }, false, 'failed'],
    [{ answeredAt: null, cause: 21, sipStatus: 403 }, false, 'failed'],
    [{ answeredAt: null, cause: 16 }, true, 'failed'],
  ] as const)('%j (edge failure %s) is %s', (ending, edgeFailure, expected) => {
    expect(disposition(ending, edgeFailure)).toBe(expected);
  });
});

describe('buildCdr', () => {
  it('computes whole-second duration and billable time and passes the domain schema', () => {
    const cdr = buildCdr(report());
    expect(cdr).toMatchObject({ durationSeconds: 64, billableSeconds: 60, disposition: 'answered' });
    const stored = cdrSchema.safeParse({
      ...cdr,
      id: 'cdr_0000000000000000000000000a',
      tenantId: TENANT,
      createdAt: cdr.endedAt,
    });
    expect(stored.success ? [] : stored.error.issues).toEqual([]);
  });

  it('normalises timestamps so the domain can compare them as strings', () => {
    const cdr = buildCdr(report());
    expect(cdr.startedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('shortens names to the 100 characters a CDR keeps', () => {
    expect(buildCdr(report()).caller.name).toHaveLength(100);
  });

  it('keeps the RTP figures the CDR records and drops byte counts it has no field for', () => {
    expect(buildCdr(report()).legs[0]?.rtp).toEqual({
      packetsSent: 10,
      packetsReceived: 9,
      packetsLost: 1,
      jitterMs: 1.2,
      mos: null,
    });
  });

  it('marks an answered call lost by an edge crash as ended by the system with cause 41, keeping its talk time', () => {
    const cdr = buildCdr(report({ termination: 'edge-failure' }));
    expect(cdr).toMatchObject({
      disposition: 'answered',
      hangupSide: 'system',
      hangupCause: 41,
      billableSeconds: 60,
    });
    expect(cdr.legs[0]).toMatchObject({ hangupSide: 'system', hangupCause: 41 });
  });
});

describe('buildCdr: users of the legs', () => {
  it("takes each leg's user from its device, and none for a device nobody owns or that is gone", () => {
    const user = 'usr_0000000000000000000000000u';
    expect(buildCdr(report(), new Map([[DEVICE, user]])).legs[0]?.userId).toBe(user);
    expect(buildCdr(report(), new Map([[DEVICE, null]])).legs[0]?.userId).toBeNull();
    expect(buildCdr(report()).legs[0]?.userId).toBeNull();
  });

  it('shows the caller as the PBX presented it (extension and name), not the SIP user name of its From', () => {
    const fromDevice = report(
      { caller: { number: 'u7f3a9c', name: null } },
      { caller: { number: 'u7f3a9c' } },
    );
    const cdr = buildCdr(fromDevice, new Map(), { number: '201', name: 'Ada Lovelace' });
    expect(cdr.caller).toEqual({ number: '201', name: 'Ada Lovelace' });
    expect(cdr.legs.map((leg) => leg.caller)).toEqual([{ number: '201', name: 'Ada Lovelace' }]);
    // Without a presented identity (a device without a user) the report's stays.
    expect(buildCdr(fromDevice).caller).toEqual({ number: 'u7f3a9c', name: null });
  });
});

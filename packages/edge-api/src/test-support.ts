import { type CallEventInput, cdrIdempotencyKey } from '@carillon/call-control';
import type { CdrReportInput } from './cdr-report';

type CallNewEventInput = Extract<CallEventInput, { event: 'call.new' }>;

/** A valid report of an answered internal call 201 → 202, for tests on both sides. */
export function sampleCdrReport(overrides: Partial<CdrReportInput> = {}): CdrReportInput {
  const callId = overrides.callId ?? `call-${Math.random().toString(36).slice(2)}`;
  const party = (number: string) => ({ number, name: null });
  const rtp = {
    packetsSent: 1500,
    packetsReceived: 1498,
    bytesSent: 258_000,
    bytesReceived: 257_656,
    packetsLost: 2,
    jitterMs: 3.5,
    mos: 4.3,
  };
  return {
    idempotencyKey: cdrIdempotencyKey(callId),
    callId,
    tenantId: 'tnt_0000000000000000000000000a',
    edgeNodeId: 'edge-1',
    direction: 'internal',
    caller: party('201'),
    callee: party('202'),
    startedAt: '2025-03-01T10:00:00.000Z',
    answeredAt: '2025-03-01T10:00:04.000Z',
    endedAt: '2025-03-01T10:00:34.500Z',
    cause: 16,
    side: 'caller',
    termination: 'normal',
    legs: [
      {
        legId: 'leg-a',
        kind: 'extension',
        caller: party('201'),
        callee: party('202'),
        deviceId: 'dev_0000000000000000000000000a',
        startedAt: '2025-03-01T10:00:00.000Z',
        answeredAt: '2025-03-01T10:00:04.000Z',
        endedAt: '2025-03-01T10:00:34.500Z',
        cause: 16,
        side: 'caller',
        codec: 'PCMU',
        rtp,
      },
      {
        legId: 'leg-b',
        kind: 'extension',
        caller: party('201'),
        callee: party('202'),
        deviceId: 'dev_0000000000000000000000000b',
        startedAt: '2025-03-01T10:00:00.200Z',
        answeredAt: '2025-03-01T10:00:04.000Z',
        endedAt: '2025-03-01T10:00:34.500Z',
        cause: 16,
        side: 'caller',
        codec: 'PCMU',
        rtp,
      },
    ],
    ...overrides,
  };
}

/** A valid `call.new` of extension 201 dialling 202 in one tenant. */
export function sampleCallNew(overrides: Partial<CallNewEventInput> = {}): CallNewEventInput {
  return {
    protocolVersion: 1,
    event: 'call.new',
    callId: 'b2c4e6@10.0.0.21',
    legId: 'leg-a',
    tenantId: 'tnt_0000000000000000000000000a',
    seq: 1,
    at: '2025-03-01T10:00:00.050Z',
    edgeNodeId: 'edge-1',
    state: null,
    call: {
      from: { uri: 'sip:alice201@acme.pbx.test', user: 'alice201', displayName: 'Alice' },
      to: { uri: 'sip:202@acme.pbx.test', user: '202' },
      requestUri: 'sip:202@acme.pbx.test',
      source: { kind: 'extension', deviceId: 'dev_0000000000000000000000000a' },
      signalling: { transport: 'udp', remoteAddress: '10.0.0.21', remotePort: 5060 },
      codecs: ['PCMU', 'PCMA', 'telephone-event'],
      startedAt: '2025-03-01T10:00:00.000Z',
    },
    ...overrides,
  };
}

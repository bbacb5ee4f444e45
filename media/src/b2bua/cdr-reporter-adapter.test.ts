import type { CallEndedEvent, LegReportInput } from '@carillon/call-control';
import { describe, expect, it } from 'vitest';
import type { CallReporter as CdrCallReporter } from '../cdr/call-reporter';
import { CdrReporterAdapter } from './cdr-reporter-adapter';

/** Records what reaches the CDR path, in order. */
function recordingCdr() {
  const facts: [string, ...unknown[]][] = [];
  const cdr: CdrCallReporter = {
    callStarted: (call) => facts.push(['callStarted', call]),
    legStarted: (callId, leg) => facts.push(['legStarted', callId, leg]),
    legAnswered: (callId, legId, codec) => facts.push(['legAnswered', callId, legId, codec]),
    legEnded: (callId, legId, ending) => facts.push(['legEnded', callId, legId, ending]),
    callEnded: (callId, ending) => facts.push(['callEnded', callId, ending]),
  };
  return { cdr, facts };
}

const aLeg = {
  legId: 'c1-a',
  kind: 'extension' as const,
  caller: { number: '201', name: 'Alice' },
  callee: { number: '202', name: null },
  deviceId: 'dev_a',
  startedAt: '2025-01-01T10:00:00.000Z',
};

describe('CdrReporterAdapter', () => {
  it('opens the CDR call with the caller leg, parties and tenant, dropping the B2BUA-side start time', () => {
    const { cdr, facts } = recordingCdr();
    new CdrReporterAdapter(cdr).callStarted({
      callId: 'c1',
      tenantId: 'ten_1',
      direction: 'internal',
      leg: aLeg,
    });
    const { startedAt: _startedAt, ...legWithoutTime } = aLeg;
    expect(facts).toEqual([
      [
        'callStarted',
        {
          callId: 'c1',
          tenantId: 'ten_1',
          direction: 'internal',
          caller: aLeg.caller,
          callee: aLeg.callee,
          leg: { ...legWithoutTime, trunkId: null, gatewayId: null },
        },
      ],
    ]);
  });

  it('carries a leg report’s cause, codec and RTP figures into the leg ending, and the call.ended cause into the call ending', () => {
    const { cdr, facts } = recordingCdr();
    const adapter = new CdrReporterAdapter(cdr);
    const rtp = {
      packetsSent: 50,
      packetsReceived: 49,
      bytesSent: 8000,
      bytesReceived: 7840,
      packetsLost: 1,
      jitterMs: 2,
      mos: null,
    };
    const report: LegReportInput = {
      ...aLeg,
      answeredAt: '2025-01-01T10:00:01.000Z',
      endedAt: '2025-01-01T10:00:09.000Z',
      cause: 16,
      side: 'caller',
      codec: 'PCMU',
      rtp,
    };
    adapter.legEnded('c1', report);
    adapter.callEnded({
      callId: 'c1',
      ended: { cause: 16, side: 'caller', answeredAt: null, endedAt: report.endedAt },
    } as CallEndedEvent);
    expect(facts).toEqual([
      ['legEnded', 'c1', 'c1-a', { cause: 16, side: 'caller', codec: 'PCMU', rtp }],
      ['callEnded', 'c1', { cause: 16, side: 'caller' }],
    ]);
  });
});

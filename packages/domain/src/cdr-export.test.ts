import { describe, expect, it } from 'vitest';
import type { Cdr } from './cdr';
import { CDR_EXPORT_COLUMNS, cdrExportRow, maskNumber, spreadsheetSafe } from './cdr-export';
import { newId } from './values/id';

function cdr(overrides: Partial<Cdr> = {}): Cdr {
  const startedAt = '2024-05-01T08:00:00.000Z';
  const endedAt = '2024-05-01T08:01:00.000Z';
  const leg = {
    legId: 'leg-1',
    kind: 'extension' as const,
    caller: { number: '+4930123456', name: 'Outside' },
    callee: { number: '201', name: 'Alice' },
    deviceId: newId('dev'),
    userId: newId('usr'),
    trunkId: null,
    startedAt,
    answeredAt: startedAt,
    endedAt,
    disposition: 'answered' as const,
    hangupCause: 16,
    hangupSide: 'caller' as const,
    codec: 'PCMA',
    rtp: { packetsSent: 3000, packetsReceived: 2990, packetsLost: 10, jitterMs: 4.2, mos: 4.1 },
  };
  return {
    id: newId('cdr'),
    tenantId: newId('tnt'),
    callId: 'abc@host',
    idempotencyKey: 'edge-1:abc',
    direction: 'inbound',
    caller: { number: '+4930123456', name: 'Outside' },
    callee: { number: '201', name: 'Alice' },
    startedAt,
    answeredAt: startedAt,
    endedAt,
    durationSeconds: 60,
    billableSeconds: 60,
    disposition: 'answered',
    hangupCause: 16,
    hangupSide: 'caller',
    private: false,
    legs: [leg, { ...leg, legId: 'leg-2', rtp: { ...leg.rtp, mos: 3.55 }, codec: 'PCMA' }],
    createdAt: endedAt,
    ...overrides,
  };
}

const column = (row: string[], name: (typeof CDR_EXPORT_COLUMNS)[number]) =>
  row[CDR_EXPORT_COLUMNS.indexOf(name)];

describe('the CDR export row', () => {
  it('has one cell per column, legs summarised', () => {
    const record = cdr();
    const row = cdrExportRow(record);
    expect(row).toHaveLength(CDR_EXPORT_COLUMNS.length);
    expect(column(row, 'callerNumber')).toBe('+4930123456');
    expect(column(row, 'callerName')).toBe('Outside');
    expect(column(row, 'users')).toBe(record.legs[0]?.userId);
    expect(column(row, 'codecs')).toBe('PCMA');
    expect(column(row, 'worstMos')).toBe('3.55');
    expect(column(row, 'answeredAt')).toBe(record.answeredAt);
  });

  it('masks the outside party of a private call: the caller inbound, the callee outbound', () => {
    const inbound = cdrExportRow(cdr({ private: true }));
    expect([column(inbound, 'callerNumber'), column(inbound, 'callerName')]).toEqual(['+4930123xxx', '']);
    expect(column(inbound, 'calleeNumber')).toBe('201');
    const outbound = cdrExportRow(
      cdr({
        private: true,
        direction: 'outbound',
        caller: { number: '201', name: 'Alice' },
        callee: { number: '+4989555123', name: 'Shop' },
      }),
    );
    expect([column(outbound, 'calleeNumber'), column(outbound, 'calleeName')]).toEqual(['+4989555xxx', '']);
    expect(column(outbound, 'callerNumber')).toBe('201');
    expect(maskNumber('12')).toBe('xx');
  });

  it('neutralises cells a spreadsheet would run as formulas, not plain numbers', () => {
    expect(spreadsheetSafe('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(spreadsheetSafe('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(spreadsheetSafe('+1+cmd')).toBe(`'+1+cmd`);
    expect(spreadsheetSafe('-2+3')).toBe(`'-2+3`);
    expect(spreadsheetSafe('+4930123456')).toBe('+4930123456');
    expect(spreadsheetSafe('Alice')).toBe('Alice');
    const row = cdrExportRow(cdr({ caller: { number: '+4930123456', name: '=cmd|calc' } }));
    expect(column(row, 'callerName')).toBe(`'=cmd|calc`);
  });
});

import { describe, expect, it } from 'vitest';
import { RtpReceiveStats } from './receive-stats';

/** Feeds packets 20 ms apart, timestamps 160 apart (G.711 at 8 kHz), unless told otherwise. */
function feed(stats: RtpReceiveStats, sequenceNumbers: number[], payloadBytes = 160) {
  return sequenceNumbers.map((seq) =>
    stats.record({ sequenceNumber: seq, timestamp: (seq * 160) >>> 0 }, payloadBytes, seq * 20),
  );
}

describe('RtpReceiveStats (RFC 3550 Appendix A)', () => {
  it('keeps a new source on probation until two packets arrive in order (§A.1)', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    expect(feed(stats, [500])).toEqual(['probation']);
    expect(stats.snapshot()).toMatchObject({ onProbation: true, packetsReceived: 0, packetsExpected: 0 });
    expect(feed(stats, [501])).toEqual(['accepted']);
    expect(stats.snapshot()).toMatchObject({ onProbation: false, packetsReceived: 2, packetsExpected: 2 });
  });

  it('counts one lost packet in ten as cumulative loss 1 and fraction floor(256/10) = 25 (§A.3)', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    feed(stats, [100, 101, 102, 103, 104, 106, 107, 108, 109]);
    expect(stats.snapshot()).toMatchObject({
      packetsReceived: 9,
      packetsExpected: 10,
      cumulativeLost: 1,
      packetsLost: 1,
      fractionLost: 25,
      bytesReceived: 9 * 160,
      extendedHighestSequence: 109,
    });
  });

  it('starts a new fraction-lost interval with each report block, keeping the cumulative count', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    feed(stats, [100, 101, 102, 103, 104, 106, 107, 108, 109]);
    expect(stats.reportBlock(42)).toMatchObject({ ssrc: 42, fractionLost: 25, cumulativeLost: 1 });
    feed(stats, [110, 111, 112, 113]);
    expect(stats.reportBlock(42)).toMatchObject({
      fractionLost: 0,
      cumulativeLost: 1,
      extendedHighestSequence: 113,
    });
  });

  it('extends the sequence number across the 16-bit wrap', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    feed(stats, [65534, 65535, 0, 1]);
    expect(stats.snapshot()).toMatchObject({
      extendedHighestSequence: 65536 + 1,
      packetsExpected: 4,
      packetsReceived: 4,
      cumulativeLost: 0,
    });
  });

  it('counts a duplicate, which the RFC figure lets turn loss negative but packetsLost does not', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    expect(feed(stats, [1, 2, 3, 3, 4])).toEqual([
      'probation',
      'accepted',
      'accepted',
      'duplicate',
      'accepted',
    ]);
    expect(stats.snapshot()).toMatchObject({
      duplicates: 1,
      packetsReceived: 5,
      packetsExpected: 4,
      cumulativeLost: -1,
      packetsLost: 0,
    });
  });

  it('counts a late packet as reordered, not lost — also when it is from before the wrap', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    expect(feed(stats, [65533, 65534, 0, 65535, 1])).toEqual([
      'probation',
      'accepted',
      'accepted',
      'reordered',
      'accepted',
    ]);
    expect(stats.snapshot()).toMatchObject({
      reordered: 1,
      duplicates: 0,
      packetsExpected: 5,
      packetsLost: 0,
    });
    // the late packet repeated is a duplicate, not another reordering
    expect(feed(stats, [65535])).toEqual(['duplicate']);
  });

  it('discards one wild jump, then treats two in a row as a restarted source (§A.1 bad_seq)', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    feed(stats, [1, 2, 3]);
    expect(feed(stats, [40000])).toEqual(['discarded']);
    expect(stats.snapshot().packetsReceived).toBe(3);
    expect(feed(stats, [40001, 40002])).toEqual(['restarted', 'accepted']);
    expect(stats.snapshot()).toMatchObject({
      packetsReceived: 2,
      packetsExpected: 2,
      extendedHighestSequence: 40002,
    });
  });

  it('computes interarrival jitter J += (|D| − J)/16 for a hand-built arrival sequence (§A.8)', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    // timestamps 160 apart; arrivals 0, 20, 45, 60 ms → D = 0, +40, −40 timestamp units
    const arrivals = [0, 20, 45, 60];
    arrivals.forEach((ms, i) => {
      stats.record({ sequenceNumber: 7 + i, timestamp: 1000 + i * 160 }, 160, ms);
    });
    const expected = 40 / 16 + (40 - 40 / 16) / 16; // 4.84375
    expect(stats.snapshot().jitter).toBeCloseTo(expected, 10);
    expect(stats.snapshot().jitterMs).toBeCloseTo(expected / 8, 10);
    expect(stats.reportBlock(1).jitter).toBe(4);
  });

  it('measures jitter across the 32-bit timestamp wrap as if there were none', () => {
    const stats = new RtpReceiveStats({ clockRate: 8000 });
    const base = 0xffffffff - 200;
    [0, 20, 40, 60].forEach((ms, i) => {
      stats.record({ sequenceNumber: i, timestamp: (base + i * 160) >>> 0 }, 160, ms);
    });
    expect(stats.snapshot().jitter).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dtmfDigitToEvent,
  parseTelephoneEvent,
  planTelephoneEvent,
  serializeTelephoneEvent,
  type TelephoneEventNotice,
  TelephoneEventReceiver,
} from './telephone-event';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const event = (code: number, end: boolean, duration: number) =>
  serializeTelephoneEvent({ event: code, end, volume: 10, duration });

function run(receiver: TelephoneEventReceiver, packets: { timestamp: number; payload: Uint8Array }[]) {
  return packets.flatMap((p) => receiver.receive(p));
}
const summary = (notices: TelephoneEventNotice[]) =>
  notices.map((n) =>
    n.type === 'start' ? `start ${n.digit}` : `end ${n.digit} ${n.duration}${n.endReceived ? '' : ' (lost)'}`,
  );

describe('telephone-event payload (RFC 4733 §2.3)', () => {
  it('reads event, E bit, volume and duration from the four octets', () => {
    // event 9, E=1 R=0 volume 10 (0x8a), duration 1600 (0x0640)
    expect(parseTelephoneEvent(hex('09 8a 0640'))).toEqual({
      event: 9,
      end: true,
      volume: 10,
      duration: 1600,
    });
    expect(serializeTelephoneEvent({ event: 11, end: false, volume: 63, duration: 65535 })).toEqual(
      hex('0b 3f ffff'),
    );
  });

  it('refuses a payload shorter than one block', () => {
    expect(() => parseTelephoneEvent(hex('0980 06'))).toThrow(expect.objectContaining({ code: 'BAD_EVENT' }));
  });

  it('numbers the keys 0–9, *, #, A–D as events 0–15 (§3.2)', () => {
    expect(['0', '9', '*', '#', 'A', 'D'].map((d) => dtmfDigitToEvent(d as '0'))).toEqual([
      0, 9, 10, 11, 12, 15,
    ]);
  });
});

describe('planTelephoneEvent (RFC 4733 §2.5.1)', () => {
  it('sends a marked first packet, updates every 50 ms and three end packets for a 200 ms digit', () => {
    const packets = planTelephoneEvent({
      event: 5,
      durationMs: 200,
      timestamp: 8000,
      firstSequenceNumber: 65534,
    });
    expect(
      packets.map((p) => [
        p.sendAtMs,
        p.marker,
        p.sequenceNumber,
        p.timestamp,
        parseTelephoneEvent(p.payload),
      ]),
    ).toEqual([
      [50, true, 65534, 8000, { event: 5, end: false, volume: 10, duration: 400 }],
      [100, false, 65535, 8000, { event: 5, end: false, volume: 10, duration: 800 }],
      [150, false, 0, 8000, { event: 5, end: false, volume: 10, duration: 1200 }],
      [200, false, 1, 8000, { event: 5, end: true, volume: 10, duration: 1600 }],
      [250, false, 2, 8000, { event: 5, end: true, volume: 10, duration: 1600 }],
      [300, false, 3, 8000, { event: 5, end: true, volume: 10, duration: 1600 }],
    ]);
  });

  it('marks the first end packet when the digit is shorter than one interval', () => {
    const packets = planTelephoneEvent({ event: 1, durationMs: 40, timestamp: 0, firstSequenceNumber: 0 });
    expect(packets.map((p) => [p.marker, parseTelephoneEvent(p.payload).end])).toEqual([
      [true, true],
      [false, true],
      [false, true],
    ]);
  });

  it('refuses an event longer than the 16-bit duration field', () => {
    expect(() =>
      planTelephoneEvent({ event: 1, durationMs: 9000, timestamp: 0, firstSequenceNumber: 0 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('TelephoneEventReceiver (RFC 4733 §2.5.2)', () => {
  it('reports a planned digit once, despite the retransmitted end packets', () => {
    const receiver = new TelephoneEventReceiver();
    const packets = planTelephoneEvent({
      event: 7,
      durationMs: 120,
      timestamp: 1000,
      firstSequenceNumber: 1,
    });
    const notices = run(receiver, packets);
    expect(summary(notices)).toEqual(['start 7', 'end 7 960']);
    expect(notices[1]).toMatchObject({ durationMs: 120, timestamp: 1000 });
  });

  it('reports the same key pressed twice as two digits, told apart by timestamp', () => {
    const receiver = new TelephoneEventReceiver();
    const first = planTelephoneEvent({ event: 5, durationMs: 100, timestamp: 1000, firstSequenceNumber: 1 });
    const second = planTelephoneEvent({ event: 5, durationMs: 100, timestamp: 4000, firstSequenceNumber: 7 });
    expect(summary(run(receiver, [...first, ...second]))).toEqual([
      'start 5',
      'end 5 800',
      'start 5',
      'end 5 800',
    ]);
  });

  it('starts an event at its first surviving packet when the marked one is lost', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 500, payload: event(3, false, 800) },
      { timestamp: 500, payload: event(3, true, 1200) },
    ]);
    expect(summary(notices)).toEqual(['start 3', 'end 3 1200']);
  });

  it('reports start and end together when only end packets arrive', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 500, payload: event(11, true, 640) },
      { timestamp: 500, payload: event(11, true, 640) },
    ]);
    expect(summary(notices)).toEqual(['start #', 'end # 640']);
  });

  it('ends an event whose end packets were all lost when the next one begins', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 500, payload: event(1, false, 400) },
      { timestamp: 500, payload: event(1, false, 800) },
      { timestamp: 3000, payload: event(2, false, 400) },
    ]);
    expect(summary(notices)).toEqual(['start 1', 'end 1 800 (lost)', 'start 2']);
    expect(summary(receiver.finish())).toEqual(['end 2 400 (lost)']);
    expect(receiver.finish()).toEqual([]);
  });

  it('ignores a late end packet of the previous event and an update after the end', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 500, payload: event(1, true, 800) },
      { timestamp: 500, payload: event(1, false, 400) }, // reordered update
      { timestamp: 3000, payload: event(2, false, 400) },
      { timestamp: 500, payload: event(1, true, 800) }, // late retransmission
    ]);
    expect(summary(notices)).toEqual(['start 1', 'end 1 800', 'start 2']);
  });

  it('orders events across the 32-bit timestamp wrap', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 0xffffff00, payload: event(4, true, 400) },
      { timestamp: 0x00000100, payload: event(6, true, 400) },
      { timestamp: 0xffffff00, payload: event(4, true, 400) },
    ]);
    expect(summary(notices)).toEqual(['start 4', 'end 4 400', 'start 6', 'end 6 400']);
  });

  it('joins the segments of a long event into one (§2.5.1.3)', () => {
    const receiver = new TelephoneEventReceiver();
    const notices = run(receiver, [
      { timestamp: 1000, payload: event(0, false, 0xffff) },
      { timestamp: 1000 + 0xffff, payload: event(0, false, 400) },
      { timestamp: 1000 + 0xffff, payload: event(0, true, 800) },
    ]);
    expect(summary(notices)).toEqual(['start 0', `end 0 ${0xffff + 800}`]);
  });

  it('reports a non-DTMF event (flash) without a digit', () => {
    const receiver = new TelephoneEventReceiver();
    const [start] = receiver.receive({ timestamp: 1, payload: event(16, false, 400) });
    expect(start).toEqual({ type: 'start', event: 16, timestamp: 1 });
  });
});

describe('TelephoneEventReceiver under loss, duplication and reordering', () => {
  it('reports each key press that left any packet exactly once, in order', () => {
    const keyPress = fc.record({
      event: fc.integer({ min: 0, max: 15 }),
      durationMs: fc.integer({ min: 40, max: 400 }),
      gapMs: fc.integer({ min: 20, max: 500 }),
    });
    // per packet: 0 = deliver, 1 = drop, 2 = deliver twice; plus swaps of neighbours within an event
    const network = fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(
        fc.array(keyPress, { minLength: 1, maxLength: 8 }),
        network,
        fc.array(fc.nat(63)),
        (presses, fate, swaps) => {
          const receiver = new TelephoneEventReceiver();
          let timestamp = 0xfffff000; // start just before the 32-bit wrap
          let sequence = 0;
          const delivered: number[] = [];
          const notices: TelephoneEventNotice[] = [];
          let f = 0;
          for (const press of presses) {
            const packets = planTelephoneEvent({
              event: press.event,
              durationMs: press.durationMs,
              timestamp,
              firstSequenceNumber: sequence,
            });
            sequence += packets.length;
            timestamp = (timestamp + (press.durationMs + press.gapMs) * 8) >>> 0;
            const arriving = packets.flatMap((p) => {
              const what = fate[f++ % fate.length]!;
              return what === 1 ? [] : what === 2 ? [p, p] : [p];
            });
            for (const s of swaps) {
              const i = s % Math.max(1, arriving.length - 1);
              if (i + 1 < arriving.length) [arriving[i], arriving[i + 1]] = [arriving[i + 1]!, arriving[i]!];
            }
            if (arriving.length > 0) delivered.push(press.event);
            for (const p of arriving) notices.push(...receiver.receive(p));
          }
          notices.push(...receiver.finish());
          expect(notices.filter((n) => n.type === 'start').map((n) => n.event)).toEqual(delivered);
          expect(notices.filter((n) => n.type === 'end').map((n) => n.event)).toEqual(delivered);
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, test } from 'vitest';
import { EVENT_TYPES } from './events';
import { parseEvent } from './parse';
import { callerLeg, EVENT_EXAMPLES, envelope } from './test-support';

function paths(input: unknown): string[] {
  const result = parseEvent(input);
  return result.ok ? [] : result.error.issues.map((issue) => issue.path);
}

describe('every event round-trips through the schema', () => {
  test('the examples cover every event type', () => {
    expect(Object.keys(EVENT_EXAMPLES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  test.each(Object.entries(EVENT_EXAMPLES))(
    '%s: JSON text → parse → JSON → parse is stable',
    (name, example) => {
      const first = parseEvent(JSON.stringify(example));
      if (!first.ok) throw first.error;
      const second = parseEvent(JSON.stringify(first.event));
      expect(second).toEqual(first);
      expect(first.event.event).toBe(name);
      expect(first.event).toMatchObject(example as Record<string, unknown>);
    },
  );

  test('optional call fields get their defaults', () => {
    const { headers: _headers, codecs: _codecs, ...bare } = envelope.call;
    const result = parseEvent({ ...envelope, event: 'call.new', call: bare });
    expect(result.ok && result.event.call).toMatchObject({ headers: {}, codecs: [] });
  });
});

describe('an invalid event is rejected with the path of the offending field', () => {
  const cases: [string, unknown, string][] = [
    ['unknown event', { ...envelope, event: 'call.exploded' }, 'event'],
    [
      'missing caller URI',
      { ...envelope, event: 'call.new', call: { ...envelope.call, from: { user: '1' } } },
      'call.from.uri',
    ],
    [
      'a source of unknown kind',
      { ...envelope, event: 'call.new', call: { ...envelope.call, source: { kind: 'carrier-pigeon' } } },
      'call.source.kind',
    ],
    ['seq 0', { ...envelope, event: 'call.new', seq: 0 }, 'seq'],
    ['a local time instead of UTC', { ...envelope, event: 'call.new', at: '2025-03-03 10:15' }, 'at'],
    ['state on a new call', { ...envelope, event: 'call.new', state: 'v1.x.y' }, 'state'],
    [
      'a header value list over 8',
      {
        ...envelope,
        event: 'call.new',
        call: { ...envelope.call, headers: { diversion: Array(9).fill('<sip:a@b>') } },
      },
      'call.headers.diversion',
    ],
    [
      'a header the protocol does not carry',
      {
        ...envelope,
        event: 'call.new',
        call: { ...envelope.call, headers: { authorization: ['Digest x'] } },
      },
      'call.headers',
    ],
    [
      'a result with an unknown status',
      {
        ...EVENT_EXAMPLES['action.done'],
        result: { action: 'play', index: 0, status: 'meh', durationMs: 0 },
      },
      'result.status',
    ],
    [
      'a recording key reported for a dial',
      {
        ...EVENT_EXAMPLES['action.done'],
        result: { action: 'dial', index: 0, status: 'completed', recordingKey: 'x/y.wav', durationMs: 1 },
      },
      'result.recordingKey',
    ],
    [
      'a leg that ended before it was answered',
      { ...EVENT_EXAMPLES['call.ended'], legs: [{ ...callerLeg, endedAt: '2025-03-03T09:15:03.000Z' }] },
      'legs.0.endedAt',
    ],
    [
      'a leg reported twice',
      { ...EVENT_EXAMPLES['call.ended'], legs: [callerLeg, callerLeg] },
      'legs.1.legId',
    ],
    ['call.ended without legs', { ...EVENT_EXAMPLES['call.ended'], legs: [] }, 'legs'],
    [
      'negative RTP loss',
      {
        ...EVENT_EXAMPLES['call.ended'],
        legs: [{ ...callerLeg, rtp: { ...callerLeg.rtp, packetsLost: -1 } }],
      },
      'legs.0.rtp.packetsLost',
    ],
    ['a leg report about another leg', { ...EVENT_EXAMPLES['leg.report'], legId: 'leg-9' }, 'leg.legId'],
  ];

  test.each(cases)('%s', (_, input, path) => {
    expect(paths(input)).toContain(path);
  });
});

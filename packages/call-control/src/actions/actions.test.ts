import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FIRST_DIGIT_TIMEOUT_MS,
  DEFAULT_INTER_DIGIT_TIMEOUT_MS,
  DEFAULT_TARGET_TIMEOUT_MS,
  MAX_DIAL_TARGETS,
} from '../limits';
import { ACTION_EXAMPLES } from '../test-support';
import { ACTION_TYPES, type ActionInput, actionSchema } from './index';

function issuePaths(input: unknown): string[] {
  const result = actionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => issue.path.join('.'));
}

describe('every action round-trips through the schema', () => {
  const examples = Object.entries(ACTION_EXAMPLES).flatMap(([type, list]) =>
    list.map((action, index) => [`${type} #${index}`, action] as const),
  );

  test('the examples cover every action type, so a new type cannot ship untested', () => {
    expect(Object.keys(ACTION_EXAMPLES).sort()).toEqual([...ACTION_TYPES].sort());
  });

  test.each(examples)('%s: parse → JSON → parse gives the same action, defaults filled once', (_, action) => {
    const parsed = actionSchema.parse(action);
    const again = actionSchema.parse(JSON.parse(JSON.stringify(parsed)));
    expect(again).toEqual(parsed);
    expect(parsed.type).toBe(action.type);
    // Every field the writer set survives unchanged.
    expect(parsed).toMatchObject(action as Record<string, unknown>);
  });
});

describe('defaults are the documented ones', () => {
  test('a bare gather collects one digit ended by # with 5 s / 3 s timeouts on both DTMF transports', () => {
    const gather = actionSchema.parse({ type: 'gather' });
    expect(gather).toEqual({
      type: 'gather',
      minDigits: 1,
      maxDigits: 1,
      terminators: '#',
      firstDigitTimeoutMs: DEFAULT_FIRST_DIGIT_TIMEOUT_MS,
      interDigitTimeoutMs: DEFAULT_INTER_DIGIT_TIMEOUT_MS,
      dtmfMethods: ['rfc4733', 'sip-info'],
    });
  });

  test('a dial rings in parallel with per-target timeouts from the dial', () => {
    const dial = actionSchema.parse({ type: 'dial', targets: [{ kind: 'device', deviceId: 'dev_1' }] });
    expect(dial).toMatchObject({
      strategy: 'parallel',
      targetTimeoutMs: DEFAULT_TARGET_TIMEOUT_MS,
      ringback: 'ringback',
    });
    expect(dial.type === 'dial' && dial.targets[0]).toMatchObject({ delayMs: 0, autoAnswer: false });
  });

  test('a bare hangup clears normally (Q.850 cause 16)', () => {
    expect(actionSchema.parse({ type: 'hangup' })).toEqual({ type: 'hangup', cause: 16 });
  });
});

describe('an invalid action is rejected with the path of the offending field', () => {
  const device = { kind: 'device', deviceId: 'dev_1' };
  const cases: [string, unknown, string][] = [
    ['unknown type', { type: 'dance' }, 'type'],
    ['missing type', { loop: 2 }, 'type'],
    ['not an object', 'hangup', ''],
    [
      'unknown field (a misspelt timeout must not fall back to the default)',
      { type: 'dial', targets: [device], timeout: 5 },
      '',
    ],
    ['dial without targets', { type: 'dial', targets: [] }, 'targets'],
    [
      `dial with ${MAX_DIAL_TARGETS + 1} targets`,
      { type: 'dial', targets: Array(MAX_DIAL_TARGETS + 1).fill(device) },
      'targets',
    ],
    [
      'dial target ringing 0.5 s',
      { type: 'dial', targets: [{ ...device, timeoutMs: 500 }] },
      'targets.0.timeoutMs',
    ],
    [
      'dial target of unknown kind',
      { type: 'dial', targets: [device, { kind: 'pigeon' }] },
      'targets.1.kind',
    ],
    [
      'delay in a sequential dial',
      { type: 'dial', strategy: 'sequential', targets: [device, { ...device, delayMs: 1000 }] },
      'targets.1.delayMs',
    ],
    [
      'external target without route',
      { type: 'dial', targets: [{ kind: 'external', number: '+4930123' }] },
      'targets.0.route',
    ],
    [
      'external number with letters',
      {
        type: 'dial',
        targets: [{ kind: 'external', number: 'call-me', route: { kind: 'trunk', trunkId: 't' } }],
      },
      'targets.0.number',
    ],
    ['gather min above max', { type: 'gather', minDigits: 5, maxDigits: 4 }, 'minDigits'],
    ['gather with 65 digits', { type: 'gather', maxDigits: 65 }, 'maxDigits'],
    ['gather terminator that is not DTMF', { type: 'gather', terminators: 'x' }, 'terminators'],
    ['play without source', { type: 'play' }, 'source'],
    ['play music with no end', { type: 'play', source: { kind: 'music' } }, 'maxDurationMs'],
    ['play tone without country', { type: 'play', source: { kind: 'tone', tone: 'busy' } }, 'source.country'],
    ['play loop 0', { type: 'play', source: { kind: 'prompt', key: 'a.wav' }, loop: 0 }, 'loop'],
    [
      'prompt key escaping its prefix',
      { type: 'play', source: { kind: 'prompt', key: 'a/../../etc' } },
      'source.key',
    ],
    ['record with unknown operation', { type: 'record', operation: 'pause' }, 'operation'],
    [
      'voicemail longer than 30 minutes',
      { type: 'record', operation: 'message', keyPrefix: 'v/', maxDurationMs: 1_800_001 },
      'maxDurationMs',
    ],
    ['attended transfer without the leg to replace', { type: 'transfer', mode: 'attended' }, 'replacesLegId'],
    ['blind transfer to a non-SIP URI', { type: 'transfer', mode: 'blind', referTo: 'http://x' }, 'referTo'],
    [
      'queue weight 256',
      { type: 'queue', queueId: 'q', agents: [{ agentId: 'a', deviceIds: ['d'] }], weight: 256 },
      'weight',
    ],
    [
      'queue agent listed twice',
      {
        type: 'queue',
        queueId: 'q',
        agents: [
          { agentId: 'a', deviceIds: ['d'] },
          { agentId: 'a', deviceIds: ['e'] },
        ],
      },
      'agents.1.agentId',
    ],
    ['park slot 100', { type: 'park', slot: '100' }, 'slot'],
    [
      'pickup with no devices',
      { type: 'pickup', target: { kind: 'ringing', deviceIds: [] } },
      'target.deviceIds',
    ],
    ['redirect with 303', { type: 'redirect', contacts: [{ uri: 'sip:a@b' }], sipStatus: 303 }, 'sipStatus'],
    ['hangup with a 2xx', { type: 'hangup', sipStatus: 200 }, 'sipStatus'],
    ['hangup with Q.850 cause 128', { type: 'hangup', cause: 128 }, 'cause'],
    ['set-caller-id that sets nothing', { type: 'set-caller-id' }, 'number'],
    ['conference of 201', { type: 'conference', roomId: 'r', maxParticipants: 201 }, 'maxParticipants'],
    ['fax receive without key prefix', { type: 'fax', operation: 'receive' }, 'keyPrefix'],
    ['action id over 64 characters', { type: 'answer', id: 'x'.repeat(65) }, 'id'],
  ];

  test.each(cases)('%s', (_, input, path) => {
    expect(issuePaths(input)).toContain(path);
  });

  test('an unknown type names the type and lists the known ones', () => {
    const result = actionSchema.safeParse({ type: 'dance' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /unknown action type "dance"; expected one of answer, ring/,
    );
  });

  test('an unknown field is named in the message', () => {
    const result = actionSchema.safeParse({ type: 'answer', earlyMedia: true } satisfies Record<
      string,
      unknown
    >);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['earlyMedia'] });
  });
});

test('ActionInput accepts what the control plane writes without defaults', () => {
  const written: ActionInput = { type: 'dial', targets: [{ kind: 'device', deviceId: 'dev_1' }] };
  expect(actionSchema.safeParse(written).success).toBe(true);
});

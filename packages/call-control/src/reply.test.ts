import { describe, expect, test } from 'vitest';
import { MAX_ACTIONS_PER_REPLY, MAX_STATE_BYTES } from './limits';
import { parseReply } from './parse';

const hangup = { type: 'hangup' } as const;
const play = { type: 'play', source: { kind: 'prompt', key: 'tnt/welcome.wav' } } as const;

function failure(input: unknown, options?: Parameters<typeof parseReply>[1]) {
  const result = parseReply(input, options);
  if (result.ok) throw new Error('expected the reply to be rejected');
  return result.error;
}

describe('parseReply accepts a valid reply', () => {
  test('from JSON text, with defaults applied and state kept', () => {
    const result = parseReply(
      JSON.stringify({ protocolVersion: 1, actions: [play, hangup], state: 'v1.abc.def' }),
    );
    expect(result).toMatchObject({
      ok: true,
      reply: {
        actions: [
          { type: 'play', loop: 1, earlyMedia: false },
          { type: 'hangup', cause: 16 },
        ],
        state: 'v1.abc.def',
      },
    });
  });

  test('state defaults to null when the control plane keeps none', () => {
    const result = parseReply({ protocolVersion: 1, actions: [hangup] });
    expect(result.ok && result.reply.state).toBeNull();
  });

  test('an empty list acknowledges call.ended, which has no call left to act on', () => {
    expect(parseReply({ protocolVersion: 1, actions: [] }, { event: 'call.ended' }).ok).toBe(true);
  });
});

describe('parseReply rejects, naming the field', () => {
  test('an unknown action type, at its index', () => {
    const error = failure({ protocolVersion: 1, actions: [play, { type: 'teleport' }] });
    expect(error.code).toBe('invalid-reply');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'actions.1.type' })]);
    expect(error.issues[0]?.message).toContain('"teleport"');
  });

  test('a missing required field inside a nested target', () => {
    const error = failure({ protocolVersion: 1, actions: [{ type: 'dial', targets: [{ kind: 'device' }] }] });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions.0.targets.0.deviceId']);
  });

  test('an out-of-range limit', () => {
    const error = failure({ protocolVersion: 1, actions: [{ type: 'gather', interDigitTimeoutMs: 60_001 }] });
    expect(error.issues).toEqual([
      { path: 'actions.0.interDigitTimeoutMs', message: 'interDigitTimeoutMs must be 100–60000 ms' },
    ]);
  });

  test(`more than ${MAX_ACTIONS_PER_REPLY} actions`, () => {
    const error = failure({ protocolVersion: 1, actions: Array(MAX_ACTIONS_PER_REPLY + 1).fill(play) });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions']);
  });

  test('state over 8 KiB', () => {
    const error = failure({ protocolVersion: 1, actions: [hangup], state: 'x'.repeat(MAX_STATE_BYTES + 1) });
    expect(error.issues.map((issue) => issue.path)).toEqual(['state']);
  });

  test('another protocol version', () => {
    const error = failure({ protocolVersion: 2, actions: [hangup] });
    expect(error.issues).toEqual([
      { path: 'protocolVersion', message: 'unsupported protocol version 2; this side speaks 1' },
    ]);
  });

  test('a hangup before other actions, which would never run', () => {
    const error = failure({ protocolVersion: 1, actions: [hangup, play] });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions.0.type']);
  });

  test('a redirect after the call was answered in the same reply', () => {
    const error = failure({
      protocolVersion: 1,
      actions: [{ type: 'answer' }, { type: 'redirect', contacts: [{ uri: 'sip:a@b.example' }] }],
    });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions.1.type']);
  });

  test('an empty list for a live call, which would leave the caller hanging', () => {
    for (const event of [undefined, 'call.new', 'action.done'] as const) {
      const error = failure({ protocolVersion: 1, actions: [] }, { event });
      expect(error.issues.map((issue) => issue.path)).toEqual(['actions']);
    }
  });

  test('actions in reply to call.ended, when there is no call to run them on', () => {
    const error = failure({ protocolVersion: 1, actions: [hangup] }, { event: 'call.ended' });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions']);
  });

  test('a body that is not JSON', () => {
    const error = failure('{"protocolVersion": 1, "actions": [');
    expect(error.code).toBe('invalid-json');
  });

  test('a body that is JSON but not an object', () => {
    expect(failure('[]').issues.map((issue) => issue.path)).toEqual(['']);
  });

  test('every issue at once, so one log line shows all that is wrong', () => {
    const error = failure({
      protocolVersion: 1,
      actions: [
        { type: 'gather', maxDigits: 65 },
        { type: 'park', slot: 'A1' },
      ],
    });
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions.0.maxDigits', 'actions.1.slot']);
    expect(error.message).toContain('actions.1.slot');
  });
});

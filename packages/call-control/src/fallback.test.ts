import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ActionDoneEvent, CallNewEvent, LiveCallEvent } from './events';
import {
  callControlClientConfigSchema,
  decideActions,
  FALLBACK_REASON,
  type FallbackPolicy,
  fallbackActions,
  fallbackPolicySchema,
  SERVICE_UNAVAILABLE_PROMPT_KEY,
} from './fallback';
import { DEFAULT_CONTROL_PLANE_DEADLINE_MS } from './limits';
import { parseEvent } from './parse';
import { EVENT_EXAMPLES } from './test-support';

function event<T extends LiveCallEvent>(name: 'call.new' | 'action.done'): T {
  const parsed = parseEvent(EVENT_EXAMPLES[name]);
  if (!parsed.ok) throw parsed.error;
  return parsed.event as T;
}
const callNew = event<CallNewEvent>('call.new');
const gatherDone = event<ActionDoneEvent>('action.done');
const dialDone: ActionDoneEvent = {
  ...gatherDone,
  result: { action: 'dial', index: 0, status: 'no-answer', durationMs: 30_000 },
};

const policy = (input: unknown): FallbackPolicy => fallbackPolicySchema.parse(input);
const announce = policy({ kind: 'announce-and-hangup' });
const reject = policy({ kind: 'reject' });
const ringExtension = policy({ kind: 'ring-dialled-extension', ringTimeoutMs: 25_000 });
const contacts = ['sip:201@192.0.2.44:5062;transport=tcp', 'sip:201@198.51.100.7:5060'];

const serviceUnavailable = { type: 'hangup', sipStatus: 503, cause: 41, reason: FALLBACK_REASON };

describe('fallbackActions per policy', () => {
  test('announce-and-hangup plays the service-unavailable prompt as early media, then 503', () => {
    expect(fallbackActions(callNew, announce)).toEqual([
      {
        type: 'play',
        source: { kind: 'prompt', key: SERVICE_UNAVAILABLE_PROMPT_KEY },
        loop: 1,
        earlyMedia: true,
      },
      serviceUnavailable,
    ]);
  });

  test('announce-and-hangup uses the configured prompt', () => {
    const custom = policy({ kind: 'announce-and-hangup', prompt: { kind: 'prompt', key: 'tnt/sorry.wav' } });
    expect(fallbackActions(callNew, custom)[0]).toMatchObject({ source: { key: 'tnt/sorry.wav' } });
  });

  test('reject hangs up at once with 503 "Call control unavailable"', () => {
    expect(fallbackActions(callNew, reject)).toEqual([serviceUnavailable]);
  });

  test('ring-dialled-extension rings every known contact of the dialled extension in parallel', () => {
    const [dial, ...rest] = fallbackActions(callNew, ringExtension, { dialledContacts: contacts });
    expect(rest).toEqual([]);
    expect(dial).toMatchObject({
      type: 'dial',
      strategy: 'parallel',
      timeoutMs: 25_000,
      targets: contacts.map((uri) => ({ kind: 'contact', uri })),
    });
  });

  test('ring-dialled-extension with no known contacts ends the call by its otherwise policy rather than ringing nobody', () => {
    expect(fallbackActions(callNew, ringExtension)).toEqual(fallbackActions(callNew, announce));
    const orReject = policy({ kind: 'ring-dialled-extension', otherwise: { kind: 'reject' } });
    expect(fallbackActions(callNew, orReject, { dialledContacts: [] })).toEqual([serviceUnavailable]);
  });

  test('ring-dialled-extension skips contacts that are not SIP URIs instead of failing', () => {
    const [dial] = fallbackActions(callNew, ringExtension, {
      dialledContacts: ['garbage', contacts[0] ?? ''],
    });
    expect(dial?.type === 'dial' && dial.targets).toEqual([expect.objectContaining({ uri: contacts[0] })]);
  });

  test('after a dial has run, ring-dialled-extension ends the call instead of ringing again forever', () => {
    expect(fallbackActions(dialDone, ringExtension, { dialledContacts: contacts })).toEqual(
      fallbackActions(dialDone, announce),
    );
  });

  test('mid-call (after a gather) ring-dialled-extension still rings the extension', () => {
    expect(fallbackActions(gatherDone, ringExtension, { dialledContacts: contacts })[0]?.type).toBe('dial');
  });

  test('never an empty list, for any policy, event and contact list', () => {
    const policies = fc.constantFrom(
      announce,
      reject,
      ringExtension,
      policy({ kind: 'ring-dialled-extension', otherwise: { kind: 'reject' } }),
    );
    const events = fc.constantFrom<LiveCallEvent>(callNew, gatherDone, dialDone);
    const contactLists = fc.array(fc.oneof(fc.constantFrom(...contacts), fc.string()), { maxLength: 60 });
    fc.assert(
      fc.property(policies, events, contactLists, (p, e, c) => {
        const actions = fallbackActions(e, p, { dialledContacts: c });
        expect(actions.length).toBeGreaterThan(0);
        // Either someone rings, or the call is ended: it never just sits there.
        const last = actions.at(-1)?.type;
        expect(last === 'dial' || last === 'hangup').toBe(true);
      }),
    );
  });
});

describe('decideActions maps every control-plane failure to the fallback', () => {
  const validReply = {
    protocolVersion: 1,
    actions: [{ type: 'answer' }, { type: 'hangup' }],
    state: 'v1.next.mac',
  };

  test('a valid reply is run as sent, with its state', () => {
    expect(decideActions(callNew, { kind: 'reply', body: JSON.stringify(validReply) }, reject)).toMatchObject(
      {
        source: 'control-plane',
        actions: [{ type: 'answer' }, { type: 'hangup', cause: 16 }],
        state: 'v1.next.mac',
      },
    );
  });

  test.each([
    ['timeout', { kind: 'timeout' }],
    ['unreachable', { kind: 'unreachable', detail: 'ECONNREFUSED' }],
  ] as const)('%s → fallback, keeping the event state', (reason, outcome) => {
    expect(decideActions(gatherDone, outcome, reject)).toEqual({
      source: 'fallback',
      reason,
      actions: [serviceUnavailable],
      state: gatherDone.state,
    });
  });

  test.each([
    ['not JSON', '<html>502 Bad Gateway</html>', ''],
    ['an unknown action', { ...validReply, actions: [{ type: 'teleport' }] }, 'actions.0.type'],
    [
      'a dial with a bad target',
      { ...validReply, actions: [{ type: 'dial', targets: [{ kind: 'device' }] }] },
      'actions.0.targets.0.deviceId',
    ],
    ['no actions for a live call', { ...validReply, actions: [] }, 'actions'],
    ['another protocol version', { ...validReply, protocolVersion: 3 }, 'protocolVersion'],
  ])('a reply with %s → fallback, with the issue to log', (_, body, path) => {
    const decision = decideActions(callNew, { kind: 'reply', body }, announce);
    expect(decision.source).toBe('fallback');
    if (decision.source !== 'fallback') return;
    expect(decision.reason).toBe('invalid-reply');
    expect(decision.actions).toEqual(fallbackActions(callNew, announce));
    expect(decision.error?.issues.map((issue) => issue.path)).toContain(path);
  });
});

describe('client config', () => {
  test('defaults to a 2 s deadline and announce-and-hangup', () => {
    expect(callControlClientConfigSchema.parse({})).toEqual({
      deadlineMs: DEFAULT_CONTROL_PLANE_DEADLINE_MS,
      fallback: {
        kind: 'announce-and-hangup',
        prompt: { kind: 'prompt', key: SERVICE_UNAVAILABLE_PROMPT_KEY },
      },
    });
  });

  test('rejects a deadline of 20 s and an unknown policy, naming each', () => {
    const result = callControlClientConfigSchema.safeParse({
      deadlineMs: 20_000,
      fallback: { kind: 'voicemail' },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'deadlineMs',
      'fallback.kind',
    ]);
  });
});

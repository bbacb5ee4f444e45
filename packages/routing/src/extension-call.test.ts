import {
  type ActionResultInput,
  actionResultSchema,
  actionSchema,
  type CallSource,
} from '@carillon/call-control';
import { describe, expect, it } from 'vitest';
import type { CallState } from './call-state';
import {
  type CalleeFacts,
  continueExtensionCall,
  type ExtensionCallInput,
  type RingBinding,
  refuseCaller,
  ringTargets,
  routeExtensionCall,
} from './extension-call';
import { PROMPT_KEYS } from './treatments';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const inAnHour = new Date(NOW.getTime() + 3600_000).toISOString();
const aMinuteAgo = new Date(NOW.getTime() - 60_000).toISOString();

const phone: CallSource = { kind: 'extension', deviceId: 'dev_alice_desk' };
const activeTenant = { status: 'active' as const, country: 'DE' };

function binding(deviceId: string, contactUri: string, overrides: Partial<RingBinding> = {}): RingBinding {
  return {
    registrationId: `reg_${contactUri}`,
    deviceId,
    contactUri,
    edgeNodeId: 'edge-1',
    expiresAt: inAnHour,
    ...overrides,
  };
}

function route(callee: CalleeFacts, overrides: Partial<ExtensionCallInput> = {}) {
  return routeExtensionCall({
    dialled: '202',
    callee,
    callerDeviceId: 'dev_alice_desk',
    country: 'DE',
    now: NOW,
    ringTimeoutMs: 30_000,
    ...overrides,
  });
}

/** Every action list must pass the protocol schema the edge applies. */
function parsedActions(actions: readonly unknown[]) {
  return actions.map((action) => actionSchema.parse(action));
}

function hangupOf(actions: readonly unknown[]) {
  const last = parsedActions(actions).at(-1);
  if (last?.type !== 'hangup') throw new Error(`last action is ${last?.type}, not hangup`);
  return last;
}

const result = (input: Omit<ActionResultInput, 'index' | 'durationMs'>) =>
  actionResultSchema.parse({ index: 0, durationMs: 1000, ...input });

const ringing: CallState = {
  v: 1,
  step: 'ringing',
  callee: '202',
  targetDevices: ['dev_bob'],
  country: 'GB',
};

describe('refuseCaller', () => {
  it('lets a known device of an active tenant call', () => {
    expect(
      refuseCaller({
        source: phone,
        tenant: activeTenant,
        callerDevice: { id: 'dev_alice_desk', userId: null },
      }),
    ).toBeUndefined();
  });

  it('refuses an unknown device with 403, without an announcement', () => {
    const decision = refuseCaller({ source: phone, tenant: activeTenant, callerDevice: undefined });
    expect(decision?.outcome).toBe('refused');
    expect(decision?.actions).toHaveLength(1);
    expect(hangupOf(decision?.actions ?? [])).toMatchObject({ sipStatus: 403, cause: 21 });
  });

  it('refuses every device of a suspended tenant', () => {
    const decision = refuseCaller({
      source: phone,
      tenant: { status: 'suspended', country: 'DE' },
      callerDevice: { id: 'dev_alice_desk', userId: null },
    });
    expect(hangupOf(decision?.actions ?? []).sipStatus).toBe(403);
  });

  it('answers a trunk call with 501 until trunks are routed', () => {
    const decision = refuseCaller({
      source: { kind: 'trunk', trunkId: 'trk_1' },
      tenant: activeTenant,
      callerDevice: undefined,
    });
    expect(decision?.outcome).toBe('not-implemented');
    expect(hangupOf(decision?.actions ?? []).sipStatus).toBe(501);
  });
});

describe('routeExtensionCall', () => {
  const bob: CalleeFacts = {
    kind: 'user',
    userId: 'usr_bob',
    number: '202',
    bindings: [
      binding('dev_bob_desk', 'sip:bob@10.0.0.22:5060', { edgeNodeId: 'edge-1' }),
      binding('dev_bob_soft', 'sip:bob-soft@10.0.0.23:5062;transport=tcp', { edgeNodeId: 'edge-2' }),
    ],
  };

  it('rings every registered contact of the callee in parallel for 30 s', () => {
    const decision = route(bob, { callerId: { number: '201', name: 'Alice Smith' } });
    const [dial] = parsedActions(decision.actions);
    expect(decision.outcome).toBe('ringing');
    expect(dial).toMatchObject({
      type: 'dial',
      strategy: 'parallel',
      targetTimeoutMs: 30_000,
      timeoutMs: 30_000,
      country: 'DE',
      callerId: { number: '201', name: 'Alice Smith' },
    });
    expect(dial?.type === 'dial' && dial.targets.map((target) => target)).toEqual([
      expect.objectContaining({
        kind: 'contact',
        uri: 'sip:bob@10.0.0.22:5060',
        deviceId: 'dev_bob_desk',
        edgeNodeId: 'edge-1',
      }),
      expect.objectContaining({
        kind: 'contact',
        uri: 'sip:bob-soft@10.0.0.23:5062;transport=tcp',
        deviceId: 'dev_bob_soft',
        // The node holding the connection, so the edge can hand the leg over (ARCHITECTURE §5).
        edgeNodeId: 'edge-2',
      }),
    ]);
    expect(decision.state).toEqual({
      v: 1,
      step: 'ringing',
      callee: '202',
      targetDevices: ['dev_bob_desk', 'dev_bob_soft'],
      country: 'DE',
    });
  });

  it('uses the configured ring time', () => {
    const [dial] = parsedActions(route(bob, { ringTimeoutMs: 12_000 }).actions);
    expect(dial).toMatchObject({ targetTimeoutMs: 12_000, timeoutMs: 12_000 });
  });

  it('announces "not available" and hangs up 480 when the callee has no live binding', () => {
    const decision = route({
      ...bob,
      bindings: [binding('dev_bob_desk', 'sip:bob@10.0.0.22:5060', { expiresAt: aMinuteAgo })],
    });
    expect(decision.outcome).toBe('not-registered');
    const [play] = parsedActions(decision.actions);
    expect(play).toMatchObject({
      type: 'play',
      earlyMedia: true,
      source: { key: PROMPT_KEYS.calleeUnavailable },
    });
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 480, cause: 20 });
  });

  it('announces "number unknown" and hangs up 404 for a number nobody has', () => {
    const decision = route({ kind: 'unknown' });
    expect(decision.outcome).toBe('number-unknown');
    expect(parsedActions(decision.actions)[0]).toMatchObject({ source: { key: PROMPT_KEYS.numberUnknown } });
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 404, cause: 1 });
  });

  it('treats a Request-URI without a dial string as an unknown number', () => {
    expect(route(bob, { dialled: undefined }).outcome).toBe('number-unknown');
  });

  it('does not ring the calling phone when a user calls their own extension', () => {
    const self = route(bob, { callerDeviceId: 'dev_bob_desk' });
    const [dial] = parsedActions(self.actions);
    expect(
      dial?.type === 'dial' && dial.targets.map((target) => target.kind === 'contact' && target.uri),
    ).toEqual(['sip:bob-soft@10.0.0.23:5062;transport=tcp']);
  });

  it('answers 501 for numbers of groups, queues and IVRs until they are routed', () => {
    expect(hangupOf(route({ kind: 'unsupported', entity: 'group' }).actions).sipStatus).toBe(501);
  });
});

describe('ringTargets', () => {
  it('drops expired bindings, the caller, duplicate contacts, and caps at 50', () => {
    const many = Array.from({ length: 60 }, (_, index) =>
      binding(`dev_${index}`, `sip:d${index}@10.1.0.${index}`),
    );
    const bindings = [
      binding('dev_x', 'sip:x@10.0.0.1', { expiresAt: NOW.toISOString() }),
      binding('dev_caller', 'sip:caller@10.0.0.2'),
      binding('dev_y', 'sip:y@10.0.0.3'),
      binding('dev_y', 'sip:y@10.0.0.3'),
      ...many,
    ];
    const targets = ringTargets(bindings, 'dev_caller', NOW);
    expect(targets).toHaveLength(50);
    expect(targets[0]?.contactUri).toBe('sip:y@10.0.0.3');
    expect(targets.filter((target) => target.contactUri === 'sip:y@10.0.0.3')).toHaveLength(1);
  });
});

describe('continueExtensionCall', () => {
  it('plays the busy tone of the tenant country and hangs up 486 when the callee is busy', () => {
    const decision = continueExtensionCall(
      ringing,
      result({ action: 'dial', status: 'busy', sipStatus: 486 }),
    );
    expect(decision.outcome).toBe('busy');
    expect(parsedActions(decision.actions)[0]).toMatchObject({
      type: 'play',
      earlyMedia: true,
      source: { kind: 'tone', tone: 'busy', country: 'GB' },
    });
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 486, cause: 17 });
    expect(decision.state).toEqual({ v: 1, step: 'ending' });
  });

  it('treats a decline as busy to the caller but signals 603', () => {
    const decision = continueExtensionCall(
      ringing,
      result({ action: 'dial', status: 'rejected', sipStatus: 603 }),
    );
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 603, cause: 21 });
  });

  it.each(['no-answer', 'timeout'] as const)(
    'announces "not available" after %s and hangs up 480',
    (status) => {
      const decision = continueExtensionCall(ringing, result({ action: 'dial', status }));
      expect(decision.outcome).toBe('no-answer');
      expect(parsedActions(decision.actions)[0]).toMatchObject({
        source: { key: PROMPT_KEYS.calleeUnavailable },
      });
      expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 480, cause: 19 });
    },
  );

  it('announces "not available" when no contact could be reached (bindings went stale)', () => {
    const decision = continueExtensionCall(ringing, result({ action: 'dial', status: 'failed' }));
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 480, cause: 20 });
  });

  it('clears normally after an answered call ended', () => {
    const decision = continueExtensionCall(
      ringing,
      result({ action: 'dial', status: 'completed', answeredBy: { legId: 'leg-b', targetIndex: 0 } }),
    );
    expect(decision.outcome).toBe('completed');
    expect(hangupOf(decision.actions)).toMatchObject({ cause: 16 });
    expect(decision.state).toBeNull();
  });

  it('hangs up when the caller left during the dial', () => {
    expect(continueExtensionCall(ringing, result({ action: 'dial', status: 'hangup' })).outcome).toBe(
      'caller-left',
    );
  });

  it('ends a treatment whose announcement failed instead of replaying it', () => {
    const decision = continueExtensionCall(
      { v: 1, step: 'ending' },
      result({ action: 'play', status: 'failed' }),
    );
    expect(decision.outcome).toBe('ended');
    expect(parsedActions(decision.actions).map((action) => action.type)).toEqual(['hangup']);
  });

  it('ends the call with 500 when the state was lost or forged', () => {
    const decision = continueExtensionCall(undefined, result({ action: 'dial', status: 'busy' }));
    expect(decision.outcome).toBe('state-lost');
    expect(hangupOf(decision.actions)).toMatchObject({ sipStatus: 500, cause: 41 });
  });
});

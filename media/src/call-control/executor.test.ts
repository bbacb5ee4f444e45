import {
  type ActionInput,
  type CallEndedEvent,
  type ControlPlaneOutcome,
  EventBuilder,
  fallbackPolicySchema,
  type HangupAction,
  type LiveCallEvent,
  PROTOCOL_VERSION,
} from '@carillon/call-control';
import { ControlPlaneClient } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActionRun, CallHandle } from './call-handle';
import { type CallControlGateway, ControlPlaneGateway } from './control-plane-gateway';
import { CallExecutor, MAX_ROUNDS } from './executor';

const logger = createLogger({ service: 'executor-test', level: 'silent' });

/** A call that records what the executor asked of it; `dialResult` decides how a dial ends. */
class RecordingCall implements CallHandle {
  readonly callId = 'call-1';
  readonly tenantId = 'ten-1';
  answered = false;
  ended = false;
  readonly asked: string[] = [];
  hungUpWith: HangupAction | undefined;
  readonly whenEnded: Promise<void>;
  #end!: () => void;
  dialResult: () => Promise<ActionRun> = async () => ({ status: 'busy', sipStatus: 486 });

  constructor() {
    this.whenEnded = new Promise((resolve) => {
      this.#end = resolve;
    });
  }
  end(): void {
    this.ended = true;
    this.#end();
  }
  async answer(): Promise<ActionRun> {
    this.asked.push('answer');
    this.answered = true;
    return { status: 'completed' };
  }
  async ring(): Promise<ActionRun> {
    this.asked.push('ring');
    return { status: 'completed' };
  }
  async play(): Promise<ActionRun> {
    this.asked.push('play');
    return { status: 'failed', reason: 'no media engine' };
  }
  async gather(): Promise<ActionRun> {
    this.asked.push('gather');
    return { status: 'timeout' };
  }
  async dial(): Promise<ActionRun> {
    this.asked.push('dial');
    return this.dialResult();
  }
  async bridge(): Promise<ActionRun> {
    this.asked.push('bridge');
    return { status: 'failed' };
  }
  async hangup(action: HangupAction): Promise<void> {
    this.asked.push('hangup');
    this.hungUpWith = action;
    this.end();
  }
  async dialledContacts(): Promise<string[]> {
    return ['sip:bob@192.0.2.7:5060'];
  }
}

/** A control plane that answers each event with the next scripted outcome. */
class ScriptedGateway implements CallControlGateway {
  readonly seen: LiveCallEvent[] = [];
  readonly reported: CallEndedEvent[] = [];
  constructor(readonly script: ((event: LiveCallEvent) => ControlPlaneOutcome)[]) {}
  async decide(event: LiveCallEvent): Promise<ControlPlaneOutcome> {
    this.seen.push(event);
    const next = this.script.shift();
    return next ? next(event) : { kind: 'unreachable', detail: 'script exhausted' };
  }
  async report(event: CallEndedEvent): Promise<void> {
    this.reported.push(event);
  }
}

const reply =
  (actions: ActionInput[], state: string | null = null) =>
  (): ControlPlaneOutcome => ({
    kind: 'reply',
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, actions, state }),
  });

function builder(): EventBuilder {
  return new EventBuilder({
    callId: 'call-1',
    tenantId: 'ten-1',
    edgeNodeId: 'edge-1',
    legId: 'call-1-a',
    call: {
      from: { uri: 'sip:alice@t.example', user: 'alice' },
      to: { uri: 'sip:201@t.example', user: '201' },
      requestUri: 'sip:201@t.example',
      source: { kind: 'extension', deviceId: 'dev-1' },
      signalling: { transport: 'udp', remoteAddress: '127.0.0.1', remotePort: 5062 },
      startedAt: new Date().toISOString(),
    },
  });
}

function executor(call: CallHandle, gateway: CallControlGateway, policy = { kind: 'reject' as const }) {
  return new CallExecutor({
    call,
    events: builder(),
    gateway,
    policy: fallbackPolicySchema.parse(policy),
    logger,
  });
}

const DIAL: ActionInput = { type: 'dial', targets: [{ kind: 'contact', uri: 'sip:bob@192.0.2.7' }] };

describe('CallExecutor', () => {
  it('runs the reply, reports the dial outcome in action.done with the echoed state, then hangs up as told', async () => {
    const call = new RecordingCall();
    const gateway = new ScriptedGateway([
      reply([{ type: 'ring' }, DIAL], 'sealed-1'),
      reply([{ type: 'hangup', sipStatus: 486, reason: 'Busy' }]),
    ]);
    const ex = executor(call, gateway);
    await ex.run();
    expect(call.asked).toEqual(['ring', 'dial', 'hangup']);
    expect(call.hungUpWith?.sipStatus).toBe(486);
    const done = gateway.seen[1];
    expect(done?.event).toBe('action.done');
    expect(done?.seq).toBe(2);
    expect(done?.state).toBe('sealed-1');
    expect(done?.event === 'action.done' && done.result).toMatchObject({
      action: 'dial',
      index: 1,
      status: 'busy',
      sipStatus: 486,
    });
    expect(ex.decisions.map((d) => d.source)).toEqual(['control-plane', 'control-plane']);
  });

  it.each([
    ['timeout', (): ControlPlaneOutcome => ({ kind: 'timeout' })],
    ['unreachable', (): ControlPlaneOutcome => ({ kind: 'unreachable', detail: 'ECONNREFUSED' })],
    ['invalid-reply', (): ControlPlaneOutcome => ({ kind: 'reply', body: '{"actions":"nonsense"}' })],
  ])(
    'applies the fallback when the control plane fails (%s): 503 with the fallback reason',
    async (reason, outcome) => {
      const call = new RecordingCall();
      const ex = executor(call, new ScriptedGateway([outcome]));
      await ex.run();
      expect(ex.decisions[0]).toMatchObject({ source: 'fallback', reason });
      expect(call.hungUpWith).toMatchObject({
        sipStatus: 503,
        cause: 41,
        reason: 'Call control unavailable',
      });
    },
  );

  it('reaches the closing hangup of an announce-and-hangup fallback even when the prompt cannot play', async () => {
    const call = new RecordingCall();
    const ex = executor(call, new ScriptedGateway([() => ({ kind: 'timeout' })]), {
      kind: 'announce-and-hangup',
    } as never);
    await ex.run();
    expect(call.asked).toEqual(['play', 'hangup']);
  });

  it('treats an action this edge cannot run as a failed control plane, not as a hang', async () => {
    const call = new RecordingCall();
    const ex = executor(
      call,
      new ScriptedGateway([reply([{ type: 'conference', room: 'r1' } as unknown as ActionInput])]),
    );
    await ex.run();
    expect(ex.decisions[0]?.source).toBe('fallback');
    expect(call.asked).toEqual(['hangup']);
  });

  it('rings the dialled extension when so configured, and ends the call once that rang out', async () => {
    const call = new RecordingCall();
    call.dialResult = async () => ({ status: 'no-answer' });
    const ex = executor(call, new ScriptedGateway([]), {
      kind: 'ring-dialled-extension',
      otherwise: { kind: 'reject' },
    } as never);
    await ex.run();
    expect(call.asked).toEqual(['dial', 'hangup']);
    expect(ex.decisions.map((d) => d.actions)).toEqual([['dial'], ['hangup']]);
  });

  it('sends no action.done when the caller hangs up during the dial', async () => {
    const call = new RecordingCall();
    call.dialResult = () =>
      new Promise((resolve) => {
        setTimeout(() => {
          call.end();
          resolve({ status: 'hangup' });
        }, 5);
      });
    const gateway = new ScriptedGateway([reply([DIAL])]);
    await executor(call, gateway).run();
    expect(gateway.seen.map((e) => e.event)).toEqual(['call.new']);
  });

  it('ends a call the control plane keeps busy forever after a bounded number of rounds', async () => {
    const call = new RecordingCall();
    const endless = Array.from({ length: MAX_ROUNDS + 5 }, () => reply([{ type: 'ring' }]));
    const gateway = new ScriptedGateway(endless);
    await executor(call, gateway).run();
    expect(gateway.seen.length).toBe(MAX_ROUNDS);
    expect(call.hungUpWith?.sipStatus).toBe(503);
  });
});

describe('ControlPlaneGateway deadline', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles as timeout at the deadline even when the fetch ignores its abort signal', async () => {
    vi.useFakeTimers();
    const neverAnswers = (() => new Promise<Response>(() => {})) as typeof fetch;
    const gateway = new ControlPlaneGateway({
      client: new ControlPlaneClient({ baseUrl: 'http://127.0.0.1:9', edgeToken: 't', fetch: neverAnswers }),
      deadlineMs: 2000,
      logger,
    });
    const event = builder().callNew();
    let settled: ControlPlaneOutcome | undefined;
    void gateway.decide(event).then((outcome) => {
      settled = outcome;
    });
    await vi.advanceTimersByTimeAsync(1990);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(40);
    expect(settled).toEqual({ kind: 'timeout' });
  });

  it('reports unreachable at once when no control plane is configured', async () => {
    const gateway = new ControlPlaneGateway({ client: undefined, deadlineMs: 2000, logger });
    expect((await gateway.decide(builder().callNew())).kind).toBe('unreachable');
  });
});

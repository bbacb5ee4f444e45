import {
  type Action,
  type ActionDecision,
  type ActionResultInput,
  type ActionType,
  decideActions,
  type EventBuilder,
  FALLBACK_REASON,
  type FallbackPolicy,
  type LiveCallEvent,
  TEMPORARY_FAILURE,
} from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import type { ActionRun, CallHandle } from './call-handle';
import type { CallControlGateway } from './control-plane-gateway';

/** Actions this edge carries out; the rest of the protocol's list comes with later issues. */
export const EDGE_ACTIONS: ReadonlySet<ActionType> = new Set([
  'answer',
  'ring',
  'play',
  'gather',
  'dial',
  'bridge',
  'hangup',
]);

/** A control plane that keeps the call busy forever (a loop of plays) is cut off after this many rounds. */
export const MAX_ROUNDS = 50;
/** Fallback decisions in a row before the edge stops asking and ends the call itself. */
export const MAX_FALLBACK_ROUNDS = 2;

export interface ExecutorOptions {
  readonly call: CallHandle;
  readonly events: EventBuilder;
  readonly gateway: CallControlGateway;
  readonly policy: FallbackPolicy;
  readonly logger: Logger;
  /** Actions the edge can run; default EDGE_ACTIONS. */
  readonly supported?: ReadonlySet<ActionType>;
  readonly now?: () => number;
}

export interface DecisionRecord {
  readonly source: ActionDecision['source'];
  readonly reason?: string;
  readonly actions: readonly ActionType[];
}

export type RunOutcome =
  | { readonly ended: true }
  | { readonly ended: false; readonly result: ActionResultInput };

/**
 * The edge side of call control (ARCHITECTURE §3): send `call.new`, run the reply's actions in
 * order, report `action.done` with the result of the run, run the next reply — until the call
 * ends. Whatever the control plane does (no answer within the deadline, an error, nonsense, an
 * action this edge cannot run), the call gets the configured fallback and a log line; it never
 * hangs: when nothing is left to run, the edge ends the call itself.
 */
export class CallExecutor {
  readonly #o: ExecutorOptions;
  readonly #now: () => number;
  readonly #supported: ReadonlySet<ActionType>;
  readonly decisions: DecisionRecord[] = [];

  constructor(options: ExecutorOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#supported = options.supported ?? EDGE_ACTIONS;
  }

  async run(): Promise<void> {
    const { call, events } = this.#o;
    try {
      let event: LiveCallEvent = events.callNew();
      let fallbacksInARow = 0;
      for (let round = 0; round < MAX_ROUNDS && !call.ended; round++) {
        const decision = await this.#decide(event);
        if (call.ended) return;
        fallbacksInARow = decision.source === 'fallback' ? fallbacksInARow + 1 : 0;
        events.acceptReply({ state: decision.state });
        const outcome = await this.runActions(decision.actions, decision.source === 'fallback');
        if (outcome.ended || call.ended) return;
        if (fallbacksInARow >= MAX_FALLBACK_ROUNDS) break;
        event = events.actionDone(outcome.result);
      }
      if (!call.ended) {
        this.#o.logger.warn(
          { callId: call.callId, tenantId: call.tenantId },
          'call control gave no end to the call; the edge ends it',
        );
        await this.#endCall();
      }
    } catch (error) {
      this.#o.logger.error({ err: error, callId: call.callId, tenantId: call.tenantId }, 'executor failed');
      if (!call.ended) await this.#endCall();
    }
  }

  /**
   * Run `actions` in order. A run stops at the first action that does not complete, unless it is a
   * fallback run: there every action runs, so the closing hangup is reached even when e.g. the
   * announcement could not be played.
   */
  async runActions(actions: readonly Action[], continueOnFailure = false): Promise<RunOutcome> {
    const { call } = this.#o;
    let last: ActionResultInput | undefined;
    for (const [index, action] of actions.entries()) {
      if (call.ended) return { ended: true };
      const started = this.#now();
      if (action.type === 'hangup') {
        await call.hangup(action);
        return { ended: true };
      }
      const run = await Promise.race([
        this.#execute(action),
        call.whenEnded.then((): ActionRun => ({ status: 'hangup' })),
      ]);
      last = {
        action: action.type,
        index,
        ...(action.id !== undefined ? { actionId: action.id } : {}),
        ...run,
        durationMs: Math.max(0, this.#now() - started),
      };
      if (call.ended || run.status === 'hangup') return { ended: true };
      if (run.status !== 'completed' && !continueOnFailure) return { ended: false, result: last };
    }
    if (!last) throw new Error('a run of actions cannot be empty');
    return { ended: false, result: last };
  }

  async #decide(event: LiveCallEvent): Promise<ActionDecision> {
    const { call, gateway, policy, logger } = this.#o;
    const outcome = await gateway.decide(event);
    let decision = decideActions(event, outcome, policy, await this.#fallbackContext(policy));
    if (decision.source === 'control-plane') {
      const unsupported = decision.actions.find((a) => !this.#supported.has(a.type));
      if (unsupported) {
        const fallback = decideActions(
          event,
          { kind: 'timeout' },
          policy,
          await this.#fallbackContext(policy),
        );
        decision = {
          source: 'fallback',
          actions: fallback.actions,
          state: event.state,
          reason: 'invalid-reply',
        };
        logger.warn(
          { callId: call.callId, tenantId: call.tenantId, action: unsupported.type, event: event.event },
          'call control asked for an action this edge cannot run; fallback applied',
        );
      }
    } else {
      logger.warn(
        {
          callId: call.callId,
          tenantId: call.tenantId,
          event: event.event,
          seq: event.seq,
          reason: decision.reason,
          ...(decision.error ? { detail: decision.error.message } : {}),
          ...(outcome.kind === 'unreachable' && outcome.detail ? { detail: outcome.detail } : {}),
        },
        'control plane failed; fallback applied',
      );
    }
    this.decisions.push({
      source: decision.source,
      ...(decision.source === 'fallback' ? { reason: decision.reason } : {}),
      actions: decision.actions.map((a) => a.type),
    });
    return decision;
  }

  async #fallbackContext(policy: FallbackPolicy): Promise<{ dialledContacts?: string[] }> {
    if (policy.kind !== 'ring-dialled-extension') return {};
    // Bounded: the fallback exists because something is slow; its own lookup must not be.
    const contacts = await Promise.race([
      this.#o.call.dialledContacts().catch(() => []),
      new Promise<string[]>((resolve) => setTimeout(() => resolve([]), 500).unref()),
    ]);
    return { dialledContacts: contacts };
  }

  #execute(action: Action): Promise<ActionRun> {
    const { call } = this.#o;
    switch (action.type) {
      case 'answer':
        return call.answer(action);
      case 'ring':
        return call.ring(action);
      case 'play':
        return call.play(action);
      case 'gather':
        return call.gather(action);
      case 'dial':
        return call.dial(action);
      case 'bridge':
        return call.bridge(action);
      default:
        return Promise.resolve({ status: 'failed', reason: `${action.type} is not supported by this edge` });
    }
  }

  #endCall(): Promise<void> {
    return this.#o.call.hangup({
      type: 'hangup',
      sipStatus: 503,
      cause: TEMPORARY_FAILURE,
      reason: FALLBACK_REASON,
    });
  }
}

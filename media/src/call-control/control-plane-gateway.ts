import type { CallEndedEvent, ControlPlaneOutcome, LiveCallEvent } from '@carillon/call-control';
import type { ControlPlaneClient } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';

/** The edge's door to the control plane, as the executor needs it. */
export interface CallControlGateway {
  /** POST a live call's event; never rejects, and resolves within the deadline (ARCHITECTURE §3). */
  decide(event: LiveCallEvent): Promise<ControlPlaneOutcome>;
  /** POST `call.ended`; failures are logged, never thrown (the CDR outbox is the durable path). */
  report(event: CallEndedEvent): Promise<void>;
}

export interface ControlPlaneGatewayOptions {
  /** Absent when no CONTROL_PLANE_URL is configured: every call gets the fallback at once. */
  readonly client: ControlPlaneClient | undefined;
  /** Deadline for a decision, ms (callControlClientConfigSchema: default 2,000). */
  readonly deadlineMs: number;
  readonly logger: Logger;
}

/**
 * `ControlPlaneClient.eventOutcome` under a hard deadline: the client aborts its fetch at the
 * deadline, and a timer here settles the decision even if a fetch implementation ignored the abort,
 * so a call never waits longer than `deadlineMs` (plus a timer tick) for its next actions.
 */
export class ControlPlaneGateway implements CallControlGateway {
  readonly #options: ControlPlaneGatewayOptions;

  constructor(options: ControlPlaneGatewayOptions) {
    this.#options = options;
  }

  async decide(event: LiveCallEvent): Promise<ControlPlaneOutcome> {
    const client = this.#options.client;
    if (!client) return { kind: 'unreachable', detail: 'no control plane configured' };
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<ControlPlaneOutcome>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ kind: 'timeout' });
      }, this.#options.deadlineMs + 20);
    });
    try {
      return await Promise.race([
        client.eventOutcome(event, { timeoutMs: this.#options.deadlineMs, signal: controller.signal }),
        deadline,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async report(event: CallEndedEvent): Promise<void> {
    const client = this.#options.client;
    if (!client) return;
    try {
      await client.postEvent(event, { timeoutMs: this.#options.deadlineMs });
    } catch (error) {
      this.#options.logger.warn(
        { err: error, callId: event.callId, tenantId: event.tenantId },
        'call.ended not delivered to the control plane',
      );
    }
  }
}

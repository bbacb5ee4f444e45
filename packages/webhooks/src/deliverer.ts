import type { WebhookAttempt, WebhookDeliveryStatus } from '@carillon/domain';
import type { AttemptOutcome, DeliveryRef, QueuedDelivery, Store } from '@carillon/store';
import { DEFAULT_DISABLE_POLICY, type DisablePolicy, shouldDisable } from './disable-policy';
import { type DeliveryScheduler, TABLE_POLLING_SCHEDULER } from './outbox';
import { DEFAULT_RETRY_POLICY, nextAttemptAt, type RetryPolicy } from './retry-schedule';
import type { Sender } from './sender';
import { signMessage } from './signing';

/** The delivery log keeps this many most recent attempts per message. */
export const MAX_LOGGED_ATTEMPTS = 20;
/**
 * How long a worker holds a claimed delivery: longer than one attempt can
 * take (send timeout 15 s + store writes), so a live worker never loses it;
 * a dead worker's delivery is tried again this long after it died.
 */
export const DEFAULT_LEASE_MS = 60_000;

export type DeliveryStore = Pick<Store, 'webhookEndpoints' | 'webhookHealth' | 'webhookDeliveries'>;

/** What processing one delivery came to; `busy` = not claimable now (not due, leased, or done). */
export type ProcessResult = WebhookDeliveryStatus | 'busy' | 'lease-lost';

export interface DelivererLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface DelivererOptions {
  readonly store: DeliveryStore;
  readonly sender: Sender;
  readonly retryPolicy?: RetryPolicy;
  readonly disablePolicy?: DisablePolicy;
  readonly scheduler?: DeliveryScheduler;
  readonly leaseMs?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly log?: DelivererLog;
}

/**
 * One attempt at one delivery, the same code for the embedded worker and the
 * SQS Lambda: claim (lease) → check the endpoint → sign → POST → record the
 * attempt, the endpoint's health, and the next try or the end.
 */
export class WebhookDeliverer {
  readonly #options: Required<Omit<DelivererOptions, 'log'>> & { log: DelivererLog | undefined };

  constructor(options: DelivererOptions) {
    this.#options = {
      retryPolicy: DEFAULT_RETRY_POLICY,
      disablePolicy: DEFAULT_DISABLE_POLICY,
      scheduler: TABLE_POLLING_SCHEDULER,
      leaseMs: DEFAULT_LEASE_MS,
      now: () => new Date(),
      random: Math.random,
      ...options,
      log: options.log,
    };
  }

  async process(ref: DeliveryRef): Promise<ProcessResult> {
    const { store, now } = this.#options;
    const claimed = await store.webhookDeliveries.claim(ref, now(), this.#options.leaseMs);
    if (claimed === undefined) return 'busy';
    const { delivery, leaseToken } = claimed;
    const endpoint = await store.webhookEndpoints.find(ref.ownerKey, delivery.endpointId);
    const health =
      endpoint === undefined ? undefined : await store.webhookHealth.get(ref.ownerKey, endpoint.id);
    const skipReason =
      endpoint === undefined
        ? 'endpoint deleted'
        : health?.disabledAt != null
          ? 'endpoint disabled after persistent failure'
          : !endpoint.enabled
            ? 'endpoint paused'
            : undefined;
    if (endpoint === undefined || skipReason !== undefined) {
      return this.#finish(ref, leaseToken, delivery, {
        status: 'skipped',
        attempts: delivery.attempts,
        attemptCount: delivery.attemptCount,
        lastError: skipReason ?? null,
        nextAttemptAt: null,
      });
    }

    const at = now();
    const headers = signMessage(endpoint.secret, delivery.id, at, delivery.payload);
    const result = await this.#options.sender.send({
      url: endpoint.url,
      headers: { ...headers },
      body: delivery.payload,
    });
    const attempt: WebhookAttempt = {
      at: at.toISOString(),
      status: result.status,
      latencyMs: result.latencyMs,
      error: result.error,
    };
    const attempts = [...delivery.attempts, attempt].slice(-MAX_LOGGED_ATTEMPTS);
    const attemptCount = delivery.attemptCount + 1;
    const logFields = {
      webhookId: delivery.id,
      endpointId: endpoint.id,
      eventType: delivery.eventType,
      tenantId: delivery.tenantId,
      attempt: attemptCount,
      status: result.status,
      latencyMs: result.latencyMs,
    };

    if (result.error === null) {
      await store.webhookHealth.recordSuccess(ref.ownerKey, endpoint.id, now());
      this.#options.log?.info(logFields, 'webhook delivered');
      return this.#finish(ref, leaseToken, delivery, {
        status: 'succeeded',
        attempts,
        attemptCount,
        lastError: null,
        nextAttemptAt: null,
      });
    }

    const failedAt = now();
    const healthAfter = await store.webhookHealth.recordFailure(ref.ownerKey, endpoint.id, failedAt);
    const disable = shouldDisable(healthAfter, failedAt, this.#options.disablePolicy);
    if (disable) {
      const reason = `${healthAfter.consecutiveFailures} failed attempts in a row since ${healthAfter.failingSince}`;
      await store.webhookHealth.disable(ref.ownerKey, endpoint.id, failedAt, reason);
      this.#options.log?.warn({ ...logFields, reason }, 'webhook endpoint disabled');
    }
    const next = disable
      ? null
      : nextAttemptAt(this.#options.retryPolicy, attemptCount, failedAt, this.#options.random);
    this.#options.log?.warn({ ...logFields, error: result.error, retryAt: next }, 'webhook attempt failed');
    return this.#finish(ref, leaseToken, delivery, {
      status: next === null ? 'failed' : 'pending',
      attempts,
      attemptCount,
      lastError: result.error,
      nextAttemptAt: next,
    });
  }

  async #finish(
    ref: DeliveryRef,
    leaseToken: string,
    delivery: QueuedDelivery,
    outcome: AttemptOutcome,
  ): Promise<ProcessResult> {
    const kept = await this.#options.store.webhookDeliveries.finish(ref, leaseToken, outcome);
    if (!kept) {
      this.#options.log?.warn({ webhookId: delivery.id }, 'webhook lease lost; another worker retries it');
      return 'lease-lost';
    }
    if (outcome.status === 'pending' && outcome.nextAttemptAt !== null) {
      await this.#options.scheduler.schedule(ref, outcome.nextAttemptAt);
    }
    return outcome.status;
  }
}

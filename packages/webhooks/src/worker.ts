import type { Store } from '@carillon/store';
import type { ProcessResult, WebhookDeliverer } from './deliverer';

export interface WorkerOptions {
  readonly store: Pick<Store, 'webhookDeliveries'>;
  readonly deliverer: Pick<WebhookDeliverer, 'process'>;
  /** Wait between polls when nothing was due (default 1 s: a new event waits at most this long). */
  readonly idleMs?: number;
  /** Deliveries taken per poll and sent at once (default 8). */
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onError?: (error: unknown) => void;
}

/**
 * The embedded default's delivery worker: polls the table's due-time index
 * and processes what is due, a batch at a time, until stopped. All state is
 * in the table (pending items, leases), so a restart loses nothing: a
 * delivery claimed by a killed process is retried when its lease runs out,
 * with the same `webhook-id`.
 */
export class DeliveryWorker {
  readonly #options: Required<Omit<WorkerOptions, 'onError'>> & Pick<WorkerOptions, 'onError'>;
  #stopped = true;
  #wake: (() => void) | undefined;
  #loop: Promise<void> | undefined;

  constructor(options: WorkerOptions) {
    this.#options = { idleMs: 1000, batchSize: 8, now: () => new Date(), ...options };
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#loop = this.#run();
  }

  /** Stops after the batch in flight (attempts are never cut off midway). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#loop;
  }

  /** One poll: processes every delivery due now (up to one batch). Exposed for tests and the Lambda-less CLI. */
  async drainOnce(): Promise<ProcessResult[]> {
    const refs = await this.#options.store.webhookDeliveries.due(
      this.#options.now(),
      this.#options.batchSize,
    );
    return Promise.all(refs.map((ref) => this.#options.deliverer.process(ref)));
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      let worked = false;
      try {
        const results = await this.drainOnce();
        worked = results.some((result) => result !== 'busy');
      } catch (error) {
        this.#options.onError?.(error);
      }
      if (!worked && !this.#stopped) await this.#sleep(this.#options.idleMs);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolvePromise) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolvePromise();
      }
      this.#wake = done;
    });
  }
}

import type { CdrReceipt, CdrReportInput, RequestOptions } from '@carillon/edge-api';
import { ControlPlaneError } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';
import { type BackoffOptions, backoffDelay } from './backoff';
import type { CdrOutbox } from './cdr-outbox';

/** Where reports go: `ControlPlaneClient` in the edge, a fake in unit tests. */
export interface CdrSink {
  postCdrReport(report: CdrReportInput, options?: RequestOptions): Promise<CdrReceipt>;
}

export interface CdrSenderOptions {
  readonly outbox: CdrOutbox;
  readonly sink: CdrSink;
  readonly log?: Logger;
  readonly backoff?: BackoffOptions;
  readonly random?: () => number;
  /**
   * Reports in flight at once. Default 4: enough for 200 calls/s at 20 ms per request. 16 was
   * tried (2026-11-25) and cost the control plane more CPU per call at window 20 without a gain
   * (bench/README.md, call setup); the sender is woken as soon as a report is sendable, so held
   * reports do not wait for disk.
   */
  readonly concurrency?: number;
}

type Verdict = 'sent' | 'retry' | 'rejected';

/**
 * Sends the outbox to the control plane, oldest first, and deletes each
 * report on a 2xx. A retryable failure (timeout, unreachable, 5xx, 429)
 * ends the pass and waits an exponentially growing, jittered delay; a
 * permanent one (4xx: the report itself is wrong) moves the report aside so
 * it cannot block the rest. `stop()` ends the loop at once: a request in
 * flight is aborted and its report stays on disk for the next run.
 */
export class CdrSender {
  readonly #outbox: CdrOutbox;
  readonly #sink: CdrSink;
  readonly #log: Logger | undefined;
  readonly #backoff: BackoffOptions;
  readonly #random: () => number;
  readonly #concurrency: number;
  readonly #abort = new AbortController();
  #wake: (() => void) | undefined;
  #idleWaiters: (() => void)[] = [];
  #loop: Promise<void> | undefined;
  #failures = 0;

  constructor(options: CdrSenderOptions) {
    this.#outbox = options.outbox;
    this.#sink = options.sink;
    this.#log = options.log;
    this.#backoff = options.backoff ?? {};
    this.#random = options.random ?? Math.random;
    this.#concurrency = Math.max(1, options.concurrency ?? 4);
  }

  /** Consecutive failed passes; 0 while the control plane takes reports. */
  get failures(): number {
    return this.#failures;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** A report was put in the outbox: an idle loop sends it now (one in backoff keeps waiting). */
  notify(): void {
    this.#wake?.();
  }

  /** Resolves the next time the outbox is empty (or the sender stops). */
  idle(): Promise<void> {
    if (this.#loop === undefined || this.#abort.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.#idleWaiters.push(resolve);
      this.notify();
    });
  }

  async stop(): Promise<void> {
    this.#abort.abort();
    this.#wake?.();
    await this.#loop;
    this.#settleIdle();
  }

  async #run(): Promise<void> {
    const signal = this.#abort.signal;
    while (!signal.aborted) {
      const names = this.#outbox.pending();
      if (names.length === 0) {
        this.#settleIdle();
        await new Promise<void>((resolve) => {
          this.#wake = resolve;
        });
        this.#wake = undefined;
        continue;
      }
      if (await this.#pass(names)) {
        this.#failures = 0;
        continue;
      }
      if (signal.aborted) break;
      const delayMs = backoffDelay(this.#failures, this.#backoff, this.#random);
      this.#failures += 1;
      this.#log?.warn(
        { pending: this.#outbox.size, failures: this.#failures, retryInMs: delayMs },
        'CDR reports not accepted; retrying later',
      );
      await sleep(delayMs, signal);
    }
  }

  /** Send the given reports with a few workers; false when the control plane asked to come back later. */
  async #pass(names: readonly string[]): Promise<boolean> {
    let next = 0;
    let healthy = true;
    const worker = async () => {
      while (healthy && !this.#abort.signal.aborted && next < names.length) {
        const name = names[next++]!;
        if ((await this.#send(name)) === 'retry') healthy = false;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, names.length) }, worker));
    return healthy && !this.#abort.signal.aborted;
  }

  async #send(name: string): Promise<Verdict> {
    const report = this.#outbox.read(name);
    if (report === undefined) return 'rejected';
    try {
      const receipt = await this.#sink.postCdrReport(report, { signal: this.#abort.signal });
      this.#outbox.remove(name);
      this.#log?.debug({ callId: report.callId, ...receipt }, 'CDR report delivered');
      return 'sent';
    } catch (error) {
      // Our own abort is not the control plane's verdict: leave the report for the next run.
      if (this.#abort.signal.aborted) return 'retry';
      if (error instanceof ControlPlaneError && !error.retryable) {
        this.#outbox.reject(name, error.message);
        return 'rejected';
      }
      this.#log?.debug({ err: error, callId: report.callId }, 'CDR report not delivered');
      return 'retry';
    }
  }

  #settleIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

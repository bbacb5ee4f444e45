/**
 * Group commit: writes submitted within `lingerMs` of each other go to storage in one request of up
 * to `maxBatch` items, and each submitter learns only once its batch is durable. The registrar
 * answers its 200 after that (RFC 3261 §10.3 step 8 promises the bindings are in place), so a
 * crash loses no acknowledged registration, while storage sees one request per batch instead of one
 * per REGISTER.
 *
 * Writes of one key are kept in order: a key whose write is being flushed is held back from the
 * next batch until that flush settles, and two writes of one key waiting in the same batch are
 * coalesced into the later one (both submitters are told when it is durable).
 */
export interface GroupCommitOptions<T> {
  /** Persist one batch; resolve when durable, reject to fail every write of the batch. */
  readonly flush: (items: T[]) => Promise<void>;
  /** How long the first write of an idle batcher waits for company, ms. */
  readonly lingerMs: number;
  /** Items per flush (BatchWriteItem takes 25). */
  readonly maxBatch: number;
  /** Flushes in flight at once; further batches queue. */
  readonly maxInFlight: number;
  /** Writes waiting at most; beyond, `submit` rejects with GroupCommitOverloadError at once. */
  readonly maxPending: number;
}

export class GroupCommitOverloadError extends Error {
  constructor(pending: number) {
    super(`group commit overloaded: ${pending} writes waiting`);
    this.name = 'GroupCommitOverloadError';
  }
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

interface PendingWrite<T> {
  item: T;
  readonly waiters: Waiter[];
}

export class GroupCommit<T> {
  readonly #options: GroupCommitOptions<T>;
  /** Insertion order is submission order (a coalesced write keeps its first slot). */
  readonly #pending = new Map<string, PendingWrite<T>>();
  readonly #flushingKeys = new Set<string>();
  /** Pending keys held back because a write of the same key is being flushed. */
  #heldBack = 0;
  #inFlight = 0;
  #timer: NodeJS.Timeout | undefined;
  #idle: (() => void)[] = [];

  constructor(options: GroupCommitOptions<T>) {
    if (options.maxBatch < 1 || options.maxInFlight < 1 || options.maxPending < 1) {
      throw new RangeError('maxBatch, maxInFlight and maxPending must be at least 1');
    }
    this.#options = options;
  }

  /** Writes waiting for a flush (not counting those being flushed). */
  get pending(): number {
    return this.#pending.size;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Queue `item` under `key`; resolves once it (or a later write of the same key) is durable. */
  submit(key: string, item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const waiting = this.#pending.get(key);
      if (waiting) {
        waiting.item = item;
        waiting.waiters.push({ resolve, reject });
        return;
      }
      if (this.#pending.size >= this.#options.maxPending) {
        reject(new GroupCommitOverloadError(this.#pending.size));
        return;
      }
      this.#pending.set(key, { item, waiters: [{ resolve, reject }] });
      if (this.#flushingKeys.has(key)) this.#heldBack += 1;
      this.#schedule();
    });
  }

  /** Flush everything now and resolve when nothing is pending or in flight (graceful stop). */
  drain(): Promise<void> {
    if (this.#pending.size === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.#idle.push(resolve);
      this.#clearTimer();
      this.#dispatch();
    });
  }

  #schedule(): void {
    if (this.#pending.size - this.#heldBack >= this.#options.maxBatch) {
      this.#clearTimer();
      this.#dispatch();
      return;
    }
    // Every flush slot busy: the next batch goes when one settles (it has waited by then).
    if (this.#timer === undefined && this.#inFlight < this.#options.maxInFlight) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#dispatch();
      }, this.#options.lingerMs);
    }
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #dispatch(): void {
    while (this.#inFlight < this.#options.maxInFlight) {
      if (this.#pending.size - this.#heldBack === 0) break;
      const batch: [string, PendingWrite<T>][] = [];
      for (const entry of this.#pending) {
        if (this.#flushingKeys.has(entry[0])) continue;
        batch.push(entry);
        if (batch.length >= this.#options.maxBatch) break;
      }
      if (batch.length === 0) break;
      for (const [key] of batch) {
        this.#pending.delete(key);
        this.#flushingKeys.add(key);
      }
      this.#run(batch);
    }
    this.#checkIdle();
  }

  #run(batch: [string, PendingWrite<T>][]): void {
    this.#inFlight += 1;
    let flushed: Promise<void>;
    try {
      flushed = this.#options.flush(batch.map(([, write]) => write.item));
    } catch (error) {
      flushed = Promise.reject(error);
    }
    flushed.then(
      () => this.#settle(batch, undefined),
      (error: unknown) => this.#settle(batch, error ?? new Error('flush failed')),
    );
  }

  #settle(batch: [string, PendingWrite<T>][], error: unknown): void {
    this.#inFlight -= 1;
    for (const [key, write] of batch) {
      this.#flushingKeys.delete(key);
      if (this.#pending.has(key)) this.#heldBack -= 1;
      for (const waiter of write.waiters) {
        if (error === undefined) waiter.resolve();
        else waiter.reject(error);
      }
    }
    if (this.#pending.size > 0) this.#dispatch();
    else this.#checkIdle();
  }

  #checkIdle(): void {
    if (this.#pending.size > 0 || this.#inFlight > 0) return;
    const idle = this.#idle;
    this.#idle = [];
    for (const resolve of idle) resolve();
  }
}

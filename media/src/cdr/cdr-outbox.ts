import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlink, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cdrIdempotencyKey } from '@carillon/call-control';
import type { CdrReportInput } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';
import { DirectorySync, TEMP_PREFIX, writeFileDurably, writeFileDurablyAsync } from './durable-file';
import type { WallClock } from './wall-clock';

/**
 * Unsent CDR reports on disk, one file per call, until the control plane
 * acknowledges them (ARCHITECTURE §3). A report is on disk — complete, see
 * `writeFileDurably` — unless the control plane acknowledged it first: a
 * report of a call that just ended is held in memory for `holdMs` while the
 * call's journal still holds its ending (`store`), so neither a crash nor an
 * unreachable control plane loses a CDR, and a healthy control plane costs
 * no file per call (bench/README.md, call setup).
 *
 * File names are `<enqueued ms>-<idempotency key>.json`: sorting by name
 * sends the oldest first, and the key (`cdrIdempotencyKey`, base64url, safe
 * in a file name) tells recovery which calls already have a report.
 *
 * Bound: at most `maxReports` files. When full, the outbox keeps what it
 * holds and refuses the new report, logging it whole at error level. The
 * files held are records the edge already promised; the log line is a
 * second copy of the refused one that an operator can replay. A full outbox
 * means the control plane has refused or been unreachable for a long time,
 * which is an alarm in itself (a warning starts at 80%).
 *
 * Reports the control plane rejects as invalid (4xx) would be refused again
 * forever; they are moved to `rejected/` for a person to look at.
 */
export interface CdrOutboxOptions {
  /** The edge node's outbox directory, e.g. `<data>/<edgeNodeId>/outbox`. */
  readonly dir: string;
  readonly clock: WallClock;
  readonly log?: Logger;
  /** Default 50,000 — about 100 MB of two-leg reports, days of a busy node's calls. */
  readonly maxReports?: number;
  /**
   * How long `store` holds a report in memory waiting for the control plane's acknowledgement
   * before writing it to disk, ms. Default 2,000 (a report is acknowledged in tens of ms when the
   * control plane is up); 0 writes every report at once.
   */
  readonly holdMs?: number;
}

export const DEFAULT_HOLD_MS = 2_000;

interface Held {
  readonly report: CdrReportInput;
  /** performance.now() when stored. */
  readonly heldAt: number;
  writing: Promise<void> | undefined;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export const DEFAULT_MAX_OUTBOX_REPORTS = 50_000;
/**
 * Reports stored by this run kept in memory as well, so the sender does not read back the file it
 * just wrote (a synchronous read per call on the event loop). Older ones are read from disk.
 */
const MEMORY_REPORTS = 1_000;
const REPORT_PATTERN = /^(\d{13})-(cdr\.[A-Za-z0-9_-]+)\.json$/;
const WARN_RATIO = 0.8;

export type PutOutcome = 'stored' | 'duplicate' | 'full';

export class CdrOutbox {
  readonly #dir: string;
  readonly #rejectedDir: string;
  readonly #clock: WallClock;
  readonly #log: Logger | undefined;
  readonly #maxReports: number;
  /** Idempotency key → file name of every pending report. */
  readonly #byKey = new Map<string, string>();
  /** File name → report, for the newest reports stored by this run (at most MEMORY_REPORTS). */
  readonly #inMemory = new Map<string, CdrReportInput>();
  readonly #directory: DirectorySync;
  readonly #holdMs: number;
  /** Reports not on disk yet, oldest first (see `store`). */
  readonly #held = new Map<string, Held>();
  /** Held reports rejected while their file was being written: moved aside once it is. */
  readonly #rejected = new Set<string>();
  #timer: NodeJS.Timeout | undefined;

  constructor(options: CdrOutboxOptions) {
    this.#dir = options.dir;
    this.#rejectedDir = join(options.dir, 'rejected');
    this.#clock = options.clock;
    this.#log = options.log;
    this.#maxReports = options.maxReports ?? DEFAULT_MAX_OUTBOX_REPORTS;
    this.#directory = new DirectorySync(this.#dir);
    this.#holdMs = options.holdMs ?? DEFAULT_HOLD_MS;
    mkdirSync(this.#rejectedDir, { recursive: true });
    for (const name of readdirSync(this.#dir)) {
      // A temp file is a write the crash interrupted; its report is still in the journal.
      if (name.startsWith(TEMP_PREFIX)) unlinkSync(join(this.#dir, name));
      const match = REPORT_PATTERN.exec(name);
      if (match) this.#byKey.set(match[2]!, name);
    }
  }

  get size(): number {
    return this.#byKey.size;
  }

  get maxReports(): number {
    return this.#maxReports;
  }

  /** Whether a report of this call is waiting to be sent. */
  has(callId: string): boolean {
    const key = cdrIdempotencyKey(callId);
    return this.#byKey.has(key);
  }

  /** Store a report durably, blocking until it is on disk (recovery, at start-up). */
  put(report: CdrReportInput): PutOutcome {
    const refusal = this.#admit(report);
    if (refusal) return refusal;
    const name = this.#fileName(report);
    writeFileDurably(this.#dir, name, JSON.stringify(report));
    this.#byKey.set(report.idempotencyKey, name);
    return 'stored';
  }

  /**
   * Take a report of a call that just ended (the B2BUA's path). It is sendable at once; the promise
   * resolves when the report is safe without the journal: acknowledged by the control plane
   * (`remove`), or durable on disk. The file is written only if no acknowledgement came within
   * `holdMs` (or on `writeHeld`, at stop): on a healthy control plane a report never touches the
   * disk. Until the promise resolves the caller keeps the call's ending in the journal (written
   * with write(2) before this is called), so SIGKILL at any moment still leaves the same report
   * to recovery (call-reporter.ts).
   */
  store(report: CdrReportInput): Promise<PutOutcome> {
    const refusal = this.#admit(report);
    if (refusal) return Promise.resolve(refusal);
    const name = this.#fileName(report);
    this.#byKey.set(report.idempotencyKey, name);
    this.#remember(name, report);
    if (this.#holdMs === 0) {
      return this.#write(name, report).then(
        () => 'stored' as const,
        (error: unknown) => {
          this.#forget(name);
          throw error;
        },
      );
    }
    return new Promise((resolve, reject) => {
      this.#held.set(name, {
        report,
        heldAt: performance.now(),
        writing: undefined,
        resolve: () => resolve('stored'),
        reject,
      });
      this.#scheduleWrite();
    });
  }

  /** Write every held report to disk now (a clean stop: the journal is about to close). */
  async writeHeld(): Promise<void> {
    await Promise.allSettled([...this.#held.keys()].map((name) => this.#writeHeld(name)));
  }

  #scheduleWrite(): void {
    if (this.#timer !== undefined) return;
    const oldest = this.#held.values().next().value;
    if (oldest === undefined) return;
    const wait = Math.max(0, oldest.heldAt + this.#holdMs - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const due = performance.now() - this.#holdMs;
      for (const [name, held] of this.#held) {
        if (held.heldAt > due) break;
        if (held.writing === undefined) void this.#writeHeld(name);
      }
      this.#scheduleWrite();
    }, wait);
    // Held reports must not keep a stopping edge alive: stop() writes them (writeHeld).
    this.#timer.unref();
  }

  #writeHeld(name: string): Promise<void> {
    const held = this.#held.get(name);
    if (held === undefined) return Promise.resolve();
    held.writing ??= this.#write(name, held.report).then(
      () => {
        this.#held.delete(name);
        held.resolve();
        this.#scheduleWrite();
      },
      (error: unknown) => {
        this.#held.delete(name);
        this.#forget(name);
        held.reject(error);
        this.#scheduleWrite();
      },
    );
    return held.writing;
  }

  async #write(name: string, report: CdrReportInput): Promise<void> {
    await writeFileDurablyAsync(this.#dir, name, JSON.stringify(report));
    // The rename is durable once the directory is flushed; reports written together share that flush.
    await this.#directory.sync();
    // Acknowledged or rejected while it was being written: finish what that asked for.
    const match = REPORT_PATTERN.exec(name);
    if (match && this.#byKey.get(match[2]!) !== name) {
      if (this.#rejected.delete(name)) renameSync(join(this.#dir, name), join(this.#rejectedDir, name));
      else this.#unlink(name);
    }
  }

  #remember(name: string, report: CdrReportInput): void {
    this.#inMemory.set(name, report);
    if (this.#inMemory.size > MEMORY_REPORTS) {
      const oldest = this.#inMemory.keys().next().value;
      if (oldest !== undefined) this.#inMemory.delete(oldest);
    }
  }

  #admit(report: CdrReportInput): PutOutcome | undefined {
    if (this.has(report.callId)) return 'duplicate';
    if (this.size >= this.#maxReports) {
      this.#log?.error(
        { callId: report.callId, tenantId: report.tenantId, maxReports: this.#maxReports, report },
        'CDR outbox full: report refused and kept only in this log line',
      );
      return 'full';
    }
    if (this.size + 1 === Math.ceil(this.#maxReports * WARN_RATIO)) {
      this.#log?.warn({ size: this.size + 1, maxReports: this.#maxReports }, 'CDR outbox 80% full');
    }
    return undefined;
  }

  #fileName(report: CdrReportInput): string {
    return `${String(this.#clock.now()).padStart(13, '0')}-${report.idempotencyKey}.json`;
  }

  /** Pending report files, oldest first. */
  pending(): string[] {
    return [...this.#byKey.values()].sort();
  }

  /** The report in a pending file; undefined when it is gone or unreadable (then moved aside). */
  read(name: string): CdrReportInput | undefined {
    const known = this.#inMemory.get(name) ?? this.#held.get(name)?.report;
    if (known !== undefined) return known;
    const path = join(this.#dir, name);
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as CdrReportInput;
    } catch (error) {
      this.reject(name, `unreadable: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /**
   * The control plane has the record. No directory flush: a deletion lost
   * to a power cut only resends a report, which the idempotency key absorbs.
   * For the same reason the file is deleted on the thread pool: a synchronous
   * unlink per call stalled the event loop the calls share (bench/README.md).
   */
  remove(name: string): void {
    this.#forget(name);
    const held = this.#held.get(name);
    if (held !== undefined && held.writing === undefined) {
      // Never written: the acknowledgement is all the safety it needs.
      this.#held.delete(name);
      held.resolve();
      return;
    }
    // Being written: `#write` deletes the file once it is there.
    if (held === undefined) this.#unlink(name);
  }

  #unlink(name: string): void {
    unlink(join(this.#dir, name), (error) => {
      if (!error || error.code === 'ENOENT') return;
      this.#log?.warn({ err: error, file: name }, 'delivered CDR report not deleted; it will be resent');
    });
  }

  /** Move a report the control plane will never accept out of the way, for a person to inspect. */
  reject(name: string, why: string): void {
    const report = this.#inMemory.get(name);
    this.#forget(name);
    this.#log?.error({ file: name, why }, 'CDR report rejected; moved to the outbox rejected/ folder');
    const held = this.#held.get(name);
    if (held === undefined) {
      renameSync(join(this.#dir, name), join(this.#rejectedDir, name));
    } else if (held.writing === undefined) {
      this.#held.delete(name);
      writeFileDurably(this.#rejectedDir, name, JSON.stringify(report ?? held.report));
      held.resolve();
    } else {
      this.#rejected.add(name);
    }
  }

  #forget(name: string): void {
    this.#inMemory.delete(name);
    const match = REPORT_PATTERN.exec(name);
    if (match) this.#byKey.delete(match[2]!);
  }
}

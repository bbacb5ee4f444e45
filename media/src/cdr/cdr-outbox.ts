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
 * `writeFileDurably` — before anything tries to send it, so neither a crash
 * nor an unreachable control plane loses a CDR.
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
  /** Keys of reports being written: they count against the bound, but are not sendable yet. */
  readonly #writing = new Set<string>();
  /** File name → report, for the newest reports stored by this run (at most MEMORY_REPORTS). */
  readonly #inMemory = new Map<string, CdrReportInput>();
  readonly #directory: DirectorySync;

  constructor(options: CdrOutboxOptions) {
    this.#dir = options.dir;
    this.#rejectedDir = join(options.dir, 'rejected');
    this.#clock = options.clock;
    this.#log = options.log;
    this.#maxReports = options.maxReports ?? DEFAULT_MAX_OUTBOX_REPORTS;
    this.#directory = new DirectorySync(this.#dir);
    mkdirSync(this.#rejectedDir, { recursive: true });
    for (const name of readdirSync(this.#dir)) {
      // A temp file is a write the crash interrupted; its report is still in the journal.
      if (name.startsWith(TEMP_PREFIX)) unlinkSync(join(this.#dir, name));
      const match = REPORT_PATTERN.exec(name);
      if (match) this.#byKey.set(match[2]!, name);
    }
  }

  get size(): number {
    return this.#byKey.size + this.#writing.size;
  }

  get maxReports(): number {
    return this.#maxReports;
  }

  /** Whether a report of this call is waiting to be sent. */
  has(callId: string): boolean {
    const key = cdrIdempotencyKey(callId);
    return this.#byKey.has(key) || this.#writing.has(key);
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

  /** Store a report durably without blocking the event loop (calls ending while others run). */
  async store(report: CdrReportInput): Promise<PutOutcome> {
    const refusal = this.#admit(report);
    if (refusal) return refusal;
    const key = report.idempotencyKey;
    const name = this.#fileName(report);
    this.#writing.add(key);
    try {
      await writeFileDurablyAsync(this.#dir, name, JSON.stringify(report));
      // The rename is durable once the directory is flushed; reports stored together share that flush.
      await this.#directory.sync();
      this.#byKey.set(key, name);
      this.#inMemory.set(name, report);
      if (this.#inMemory.size > MEMORY_REPORTS) {
        const oldest = this.#inMemory.keys().next().value;
        if (oldest !== undefined) this.#inMemory.delete(oldest);
      }
    } finally {
      this.#writing.delete(key);
    }
    return 'stored';
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
    const held = this.#inMemory.get(name);
    if (held !== undefined) return held;
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
    unlink(join(this.#dir, name), (error) => {
      if (!error || error.code === 'ENOENT') return;
      this.#log?.warn({ err: error, file: name }, 'delivered CDR report not deleted; it will be resent');
    });
  }

  /** Move a report the control plane will never accept out of the way, for a person to inspect. */
  reject(name: string, why: string): void {
    this.#forget(name);
    this.#log?.error({ file: name, why }, 'CDR report rejected; moved to the outbox rejected/ folder');
    renameSync(join(this.#dir, name), join(this.#rejectedDir, name));
  }

  #forget(name: string): void {
    this.#inMemory.delete(name);
    const match = REPORT_PATTERN.exec(name);
    if (match) this.#byKey.delete(match[2]!);
  }
}

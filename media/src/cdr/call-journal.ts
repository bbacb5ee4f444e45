import {
  existsSync,
  fdatasyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@carillon/logger';
import { type CallFact, callFactSchema } from './call-facts';
import { CallTable } from './call-state';
import { CdrReportingError } from './cdr-reporting-error';
import { fsyncDirectory, TEMP_PREFIX, writeAll, writeFileDurably } from './durable-file';
import { GroupFlush } from './group-flush';
import type { WallClock } from './wall-clock';

/**
 * The append-only journal of active calls: one JSON line per fact, in
 * numbered segment files under one directory per edge node.
 *
 * Durability policy. Every fact is written with write(2) before the call
 * goes on, so it is in the kernel's page cache and survives the edge process
 * being killed (SIGKILL, OOM, a crash) — the failure the acceptance is about.
 * Surviving a power loss or kernel panic needs fdatasync, a disk flush of
 * 2–5 ms that must not block the event loop relaying RTP: a call's start
 * requests a group-committed flush on the thread pool (`GroupFlush`), so a
 * power loss can lose only the calls started in the last few milliseconds.
 * The other facts ride along with the next flush. The end needs none of its
 * own: the call's report is flushed in the outbox before `call-ended` is
 * written, and recovery skips a call whose report it finds there.
 *
 * Compaction. The journal rotates to a new segment that starts with a
 * snapshot of every active call, then deletes the older segments: when the
 * segment outgrows `maxSegmentBytes` (a busy node that never idles), and
 * when the last active call ends and the segment is past `idleRotateBytes`
 * (a quiet node; the snapshot is then empty). A rotation costs three disk
 * flushes, hence the threshold rather than one per idle moment. Disk use
 * stays bounded by the active calls plus one segment.
 */
export interface CallJournalOptions {
  /** The edge node's journal directory, e.g. `<data>/<edgeNodeId>/journal`. */
  readonly dir: string;
  readonly clock: WallClock;
  readonly log?: Logger;
  /** Default 4 MiB: a few thousand calls' facts between rotations on a busy node. */
  readonly maxSegmentBytes?: number;
  /** Rotate when no call is up and the segment is past this. Default 64 KiB, about a hundred calls. */
  readonly idleRotateBytes?: number;
  /**
   * Heartbeat while calls are up; after a crash, failed calls end at the
   * last journal activity, so this bounds how much talk time is lost (or
   * billed) for them. Default 10 s; 0 disables the timer (tests call `heartbeat()`).
   */
  readonly heartbeatMs?: number;
}

export const DEFAULT_MAX_SEGMENT_BYTES = 4 * 1024 * 1024;
export const DEFAULT_IDLE_ROTATE_BYTES = 64 * 1024;
export const DEFAULT_HEARTBEAT_MS = 10_000;

/** Facts flushed to the device before `append` returns; see the policy above. */
const SYNCED_FACTS = new Set<CallFact['t']>(['call-started']);
const SEGMENT_PATTERN = /^segment-(\d{12})\.jsonl$/;

function segmentName(sequence: number): string {
  return `segment-${String(sequence).padStart(12, '0')}.jsonl`;
}

/** The journal's segment files, oldest first. */
export function listSegments(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => SEGMENT_PATTERN.test(name))
    .sort();
}

export interface JournalReplay {
  readonly table: CallTable;
  readonly segments: readonly string[];
  /** Lines that did not parse: a line torn by the crash, at most one per run. */
  readonly skippedLines: number;
}

/** Rebuild the calls a previous run left active from its segments. Read-only. */
export function replayJournal(dir: string): JournalReplay {
  const table = new CallTable();
  const segments = listSegments(dir);
  let skippedLines = 0;
  for (const segment of segments) {
    for (const line of readFileSync(join(dir, segment), 'utf8').split('\n')) {
      if (line === '') continue;
      const fact = parseFact(line);
      if (fact === undefined) skippedLines += 1;
      else table.apply(fact);
    }
  }
  return { table, segments, skippedLines };
}

function parseFact(line: string): CallFact | undefined {
  try {
    const result = callFactSchema.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Delete replayed segments once their calls are safe elsewhere (the outbox). */
export function removeSegments(dir: string, segments: readonly string[]): void {
  for (const segment of segments) unlinkSync(join(dir, segment));
  if (segments.length > 0) fsyncDirectory(dir);
}

export class CallJournal {
  readonly #dir: string;
  readonly #clock: WallClock;
  readonly #log: Logger | undefined;
  readonly #maxSegmentBytes: number;
  readonly #idleRotateBytes: number;
  readonly #table = new CallTable();
  readonly #heartbeat: NodeJS.Timeout | undefined;
  #sequence: number;
  #fd: number;
  #flush: GroupFlush;
  #bytes = 0;
  #closed = false;

  /**
   * Start a journal in an empty directory. Segments left by an earlier run
   * mean its calls were not recovered yet; starting over them would bury
   * those calls, so this refuses.
   */
  constructor(options: CallJournalOptions) {
    this.#dir = options.dir;
    this.#clock = options.clock;
    this.#log = options.log;
    this.#maxSegmentBytes = options.maxSegmentBytes ?? DEFAULT_MAX_SEGMENT_BYTES;
    this.#idleRotateBytes = options.idleRotateBytes ?? DEFAULT_IDLE_ROTATE_BYTES;
    mkdirSync(this.#dir, { recursive: true });
    const leftover = listSegments(this.#dir);
    if (leftover.length > 0) {
      throw new CdrReportingError(
        'journal-not-recovered',
        `${this.#dir} holds ${leftover.length} segment(s) of an earlier run; recover them first`,
      );
    }
    for (const name of readdirSync(this.#dir)) {
      if (name.startsWith(TEMP_PREFIX)) unlinkSync(join(this.#dir, name));
    }
    this.#sequence = 1;
    this.#fd = openSync(join(this.#dir, segmentName(this.#sequence)), 'a', 0o600);
    this.#flush = this.#groupFlush(this.#fd);
    fsyncDirectory(this.#dir);
    const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    if (heartbeatMs > 0) {
      this.#heartbeat = setInterval(() => this.heartbeat(), heartbeatMs);
      // The journal must not keep a stopping edge alive.
      this.#heartbeat.unref();
    }
  }

  /** Live view of the active calls; callers must not mutate it. */
  get calls(): CallTable {
    return this.#table;
  }

  /** The segment being written and its size, for tests and metrics. */
  get currentSegment(): { readonly name: string; readonly bytes: number } {
    return { name: segmentName(this.#sequence), bytes: this.#bytes };
  }

  /**
   * Write a fact and apply it (a flush of a call start runs in the background). Returns false, writing nothing, for a fact
   * about a call or leg the journal does not know (a B2BUA bug, logged).
   */
  append(fact: CallFact): boolean {
    if (this.#closed) throw new CdrReportingError('io', 'the call journal is closed');
    if (!this.#table.apply(fact)) {
      this.#log?.warn(
        { fact: fact.t, callId: 'callId' in fact ? fact.callId : undefined },
        'CDR fact ignored',
      );
      return false;
    }
    const line = `${JSON.stringify(fact)}\n`;
    writeAll(this.#fd, line);
    this.#bytes += Buffer.byteLength(line);
    if (SYNCED_FACTS.has(fact.t)) void this.#flush.request();
    const idle = fact.t === 'call-ended' && this.#table.size === 0;
    if (this.#bytes >= this.#maxSegmentBytes || (idle && this.#bytes >= this.#idleRotateBytes))
      this.#rotate();
    return true;
  }

  /** Note that the edge is alive while calls are up (see `heartbeatMs`). */
  heartbeat(): void {
    if (this.#closed || this.#table.size === 0) return;
    this.append({ t: 'alive', at: this.#clock.now() });
  }

  /**
   * Stop writing. Active calls stay in the journal: the edge is dropping
   * them, and the next start reports them as ended by failure.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#heartbeat) clearInterval(this.#heartbeat);
    fdatasyncSync(this.#fd);
    this.#flush.close();
  }

  #groupFlush(fd: number): GroupFlush {
    return new GroupFlush(fd, (error) => this.#log?.error({ err: error }, 'CDR journal flush failed'));
  }

  #rotate(): void {
    const next = this.#sequence + 1;
    const at = this.#clock.now();
    const snapshot = this.#table
      .active()
      .map((call) => `${JSON.stringify({ t: 'snapshot', at, call } satisfies CallFact)}\n`)
      .join('');
    // The new segment is complete on disk before the old one goes: a crash in between replays both, harmlessly.
    writeFileDurably(this.#dir, segmentName(next), snapshot);
    this.#flush.close();
    removeSegments(this.#dir, [segmentName(this.#sequence)]);
    this.#sequence = next;
    this.#fd = openSync(join(this.#dir, segmentName(next)), 'a', 0o600);
    this.#flush = this.#groupFlush(this.#fd);
    this.#bytes = Buffer.byteLength(snapshot);
  }
}

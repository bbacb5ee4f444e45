import {
  close,
  closeSync,
  fsync,
  fsyncSync,
  open,
  openSync,
  rename,
  renameSync,
  write,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Crash-safe file writes for the journal and the outbox. A crash (SIGKILL,
 * power loss) leaves either no file or the whole file, never half of one:
 * the bytes go to a temporary name, are flushed to the device, and only then
 * renamed, which POSIX makes atomic within a directory; the directory is
 * flushed too so the rename itself survives a power loss.
 */
export const TEMP_PREFIX = '.tmp-';

export function writeFileDurably(dir: string, name: string, data: string): void {
  const temp = join(dir, `${TEMP_PREFIX}${name}`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeAll(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, join(dir, name));
  fsyncDirectory(dir);
}

/** Flush a directory's entries (created, renamed, removed files) to the device (Linux: fsync on an O_RDONLY fd). */
export function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `writeSync` may write less than asked (a full disk, a signal); loop until all is written or it throws. */
export function writeAll(fd: number, data: string): void {
  const buffer = Buffer.from(data, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

/**
 * The file half of `writeFileDurably` on the thread pool: the bytes under a temporary name, flushed
 * to the device, then renamed into place. The rename is durable only once the caller has flushed the
 * directory (`syncDirectory`), which calls writing together share (one directory flush per group).
 * Plain callbacks rather than `fs/promises`: a FileHandle and a promise per step cost several times
 * the CPU on the event loop the calls share (bench/README.md, call setup).
 */
export function writeFileDurablyAsync(dir: string, name: string, data: string): Promise<void> {
  const temp = join(dir, `${TEMP_PREFIX}${name}`);
  const bytes = Buffer.from(data, 'utf8');
  return new Promise((resolve, reject) => {
    open(temp, 'w', 0o600, (openError, fd) => {
      if (openError) return reject(openError);
      const fail = (error: Error) => close(fd, () => reject(error));
      const writeFrom = (offset: number): void => {
        if (offset >= bytes.length) {
          fsync(fd, (syncError) => {
            if (syncError) return fail(syncError);
            close(fd, (closeError) => {
              if (closeError) return reject(closeError);
              rename(temp, join(dir, name), (renameError) => (renameError ? reject(renameError) : resolve()));
            });
          });
          return;
        }
        // write(2) may write less than asked; go on from where it stopped.
        write(fd, bytes, offset, bytes.length - offset, null, (writeError, written) => {
          if (writeError) return fail(writeError);
          writeFrom(offset + written);
        });
      };
      writeFrom(0);
    });
  });
}

/**
 * Group commit of one directory's entries: a flush requested while one runs waits for the next,
 * which then covers every rename made before it started; so N reports written together cost one
 * directory flush, not N. Each flush opens, fsyncs and closes the directory on the thread pool
 * (nothing stays open between groups, so nothing needs closing).
 */
export class DirectorySync {
  readonly #dir: string;
  #running = false;
  #waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Resolves once every entry changed before this call is on the device. */
  sync(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      if (!this.#running) this.#start();
    });
  }

  #start(): void {
    this.#running = true;
    const group = this.#waiting;
    this.#waiting = [];
    const done = (error: Error | null) => {
      for (const waiter of group) {
        if (error) waiter.reject(error);
        else waiter.resolve();
      }
      this.#running = false;
      if (this.#waiting.length > 0) this.#start();
    };
    open(this.#dir, 'r', (openError, fd) => {
      if (openError) return done(openError);
      fsync(fd, (syncError) => close(fd, (closeError) => done(syncError ?? closeError)));
    });
  }
}

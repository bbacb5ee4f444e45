import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
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

/** `writeFileDurably` on the thread pool: the same guarantees, without blocking the event loop for the flushes. */
export async function writeFileDurablyAsync(dir: string, name: string, data: string): Promise<void> {
  const temp = join(dir, `${TEMP_PREFIX}${name}`);
  const file = await open(temp, 'w', 0o600);
  try {
    await file.writeFile(data, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, join(dir, name));
  const directory = await open(dir, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

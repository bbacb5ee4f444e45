import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CdrReportingError } from './cdr-reporting-error';
import { claimNodeDirectory, releaseNodeDirectory } from './node-directory';
import { tempDir } from './test-support';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.cleanup());

/** A pid no process has: above the kernel's pid_max (at most 2^22). */
const DEAD_PID = 2 ** 22 + 1;

describe('claimNodeDirectory', () => {
  it('refuses a node directory a live process holds: its calls are not ours to recover', () => {
    const dir = claimNodeDirectory(temp.dir, 'edge-1');
    writeFileSync(join(dir, 'lock'), `${process.ppid}\n`);

    expect(() => claimNodeDirectory(temp.dir, 'edge-1')).toThrow(CdrReportingError);
  });

  it('takes over the lock of a process that died (the crash recovery is for)', () => {
    const dir = claimNodeDirectory(temp.dir, 'edge-1');
    writeFileSync(join(dir, 'lock'), `${DEAD_PID}\n`);

    expect(claimNodeDirectory(temp.dir, 'edge-1')).toBe(dir);
    expect(readFileSync(join(dir, 'lock'), 'utf8')).toBe(`${process.pid}\n`);
  });

  it('keeps nodes apart and rejects an id that would escape the data directory', () => {
    const one = claimNodeDirectory(temp.dir, 'edge-1');
    releaseNodeDirectory(one);

    expect(claimNodeDirectory(temp.dir, 'edge-2')).not.toBe(one);
    expect(() => claimNodeDirectory(temp.dir, '..')).toThrow();
    expect(() => claimNodeDirectory(temp.dir, 'a/../b')).toThrow();
  });
});

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeIdSchema } from '@carillon/edge-api';
import { CdrReportingError } from './cdr-reporting-error';

/**
 * One directory per edge node under the CDR data root. Recovery reports
 * every call in a journal as failed, so two live processes must never share
 * one: a node's directory is claimed with a lock file holding the pid. A
 * lock left by a killed process (the case recovery exists for) is taken over.
 * Two processes starting in the same instant can both pass the check: this
 * guards against a misconfigured second edge, not against a race.
 */
export function claimNodeDirectory(dataDir: string, edgeNodeId: string): string {
  const id = edgeIdSchema('edgeNodeId').parse(edgeNodeId);
  if (/^\.+$/.test(id)) throw new CdrReportingError('io', `edge node id ${id} is not a directory name`);
  const dir = join(dataDir, id);
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'lock');
  const holder = readPid(lock);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
    throw new CdrReportingError('io', `${dir} is in use by process ${holder}`);
  }
  writeFileSync(lock, `${process.pid}\n`, { mode: 0o600 });
  return dir;
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Give the directory up on a clean stop. */
export function releaseNodeDirectory(dir: string): void {
  rmSync(join(dir, 'lock'), { force: true });
}

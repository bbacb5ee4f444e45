import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: `node --import tsx` resolves tsx from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  /** Resolves with the first stdout line that parses as JSON, or rejects after `timeoutMs`. */
  readonly firstJsonLine: (timeoutMs: number) => Promise<unknown>;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
}

/** Run a TypeScript file in a new Node process, as the edge runs. */
export function spawnTs(script: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const firstJsonLine = (timeoutMs: number) =>
    new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`no JSON line within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`));
      }, timeoutMs);
      const poll = setInterval(() => {
        for (const line of stdout.split('\n')) {
          try {
            const value: unknown = JSON.parse(line);
            clearInterval(poll);
            clearTimeout(timer);
            resolve(value);
            return;
          } catch {
            // not a complete JSON line yet
          }
        }
      }, 20);
    });
  return { process: child, firstJsonLine, exited, stderr: () => stderr };
}

/** A port nothing listens on right now (the OS picked it, then it was released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** End a child this test started, by its pid, and wait until it is gone. */
export async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (
    child.process.exitCode === null &&
    child.process.signalCode === null &&
    child.process.pid !== undefined
  ) {
    process.kill(child.process.pid, signal);
  }
  await child.exited;
}

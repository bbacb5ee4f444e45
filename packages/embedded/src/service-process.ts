import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { RunningService } from './dynamodb-local';
import { stopChild } from './dynamodb-local';
import { EmbeddedStackError } from './errors';
import { waitUntil } from './wait';

export interface ServiceProcessOptions {
  /** Shown in logs and errors, e.g. "api". */
  readonly name: string;
  /** TypeScript entry of the deployable, run with tsx (the same code Lambda bundles). */
  readonly entry: string;
  readonly env: Record<string, string>;
  /** URL that answers 2xx once the service is up. */
  readonly readyUrl: string;
  readonly cwd: string;
  /** Receives each output line of the service (its JSON log lines). */
  readonly onLine?: (line: string) => void;
}

/**
 * Runs a deployable (`functions/*`, `media/`) as its own process, as it runs
 * in production, rather than importing it: packages never import a
 * deployable, and a crash in one service does not take the others down.
 */
export async function startServiceProcess(options: ServiceProcessOptions): Promise<RunningService> {
  const require = createRequire(import.meta.url);
  const tsxLoader = require.resolve('tsx');
  const child: ChildProcess = spawn(process.execPath, ['--import', tsxLoader, options.entry], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > 20) tail.shift();
      options.onLine?.(line);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exitCode: number | null | undefined;
  child.on('exit', (code) => {
    exitCode = code;
  });
  try {
    await waitUntil(options.name, async () => {
      if (exitCode !== undefined) {
        throw new EmbeddedStackError(`${options.name} exited with ${exitCode}:\n${tail.join('\n')}`);
      }
      return (await fetch(options.readyUrl)).ok;
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { endpoint: new URL(options.readyUrl).origin, pid: child.pid, stop: () => stopChild(child) };
}

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
  /** URL that answers 2xx once the service is up (HTTP services). */
  readonly readyUrl?: string;
  /** Or: an output line that says the service is up (the SIP edge has no HTTP port). */
  readonly readyLine?: RegExp;
  readonly cwd: string;
  /** Receives each output line of the service (its JSON log lines). */
  readonly onLine?: (line: string) => void;
}

/**
 * Runs a deployable (`functions/*`, `media/`) as its own process, as it runs
 * in production, rather than importing it: packages never import a
 * deployable, and a crash in one service does not take the others down.
 */
export interface RunningProcess extends RunningService {
  /** The output line that matched `readyLine`, if one was given. */
  readonly readyOutput: string | undefined;
}

export async function startServiceProcess(options: ServiceProcessOptions): Promise<RunningProcess> {
  const require = createRequire(import.meta.url);
  const tsxLoader = require.resolve('tsx');
  const child: ChildProcess = spawn(process.execPath, ['--import', tsxLoader, options.entry], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let readyOutput: string | undefined;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      if (readyOutput === undefined && options.readyLine?.test(line)) readyOutput = line;
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
      if (options.readyUrl) return (await fetch(options.readyUrl)).ok;
      return readyOutput !== undefined;
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint: options.readyUrl ? new URL(options.readyUrl).origin : '',
    pid: child.pid,
    readyOutput,
    stop: () => stopChild(child),
  };
}

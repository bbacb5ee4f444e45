import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { type RunningService, stopChild } from './dynamodb-local';
import { EmbeddedStackError } from './errors';
import { waitUntil } from './wait';

/** What the portal's production build depends on, relative to the repository root. */
const BUILD_INPUTS = [
  'web/src',
  'web/next.config.ts',
  'web/package.json',
  'web/tsconfig.json',
  'packages/api-client/src',
  'packages/softphone/src',
];
/** Written into `.next` after a successful build: the inputs' hash it was built from. */
const STAMP_FILE = 'carillon-build.sha256';
/** A build lock older than this is left over from a killed build. */
const STALE_LOCK_MS = 10 * 60_000;
/** `next build` takes ~15 s on the reference machine; allow for a loaded one. */
const BUILD_TIMEOUT_MS = 8 * 60_000;

/** Next's own telemetry stays off wherever Carillon runs it. */
const NEXT_ENV = { NEXT_TELEMETRY_DISABLED: '1' };

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A content hash of the build inputs: equal hashes, equal builds (mtimes change on every checkout). */
export function portalSourceHash(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(join(repoRoot, input))) {
      hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

function nextBin(webDir: string): string {
  return createRequire(join(webDir, 'package.json')).resolve('next/dist/bin/next');
}

/** Runs `next <args>` in web/ to completion, passing its output lines on. */
function runNext(webDir: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(webDir), ...args], {
      cwd: webDir,
      env: { ...process.env, ...NEXT_ENV },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        onLine(line);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new EmbeddedStackError(`next ${args.join(' ')} exited with ${code}:\n${tail.join('\n')}`));
    });
  });
}

async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  await waitUntil(
    'the portal build lock',
    async () => {
      try {
        mkdirSync(lockDir);
        return true;
      } catch {
        // Someone else builds; a lock from a killed build is taken over.
        const lock = statSync(lockDir, { throwIfNoEntry: false });
        if (lock !== undefined && Date.now() - lock.mtimeMs > STALE_LOCK_MS) {
          rmSync(lockDir, { recursive: true, force: true });
        }
        return false;
      }
    },
    { timeoutMs: BUILD_TIMEOUT_MS, intervalMs: 500 },
  );
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export interface PortalBuildResult {
  /** False when the existing build was already made from the current sources. */
  readonly built: boolean;
  readonly ms: number;
}

/**
 * Makes sure web/.next is a production build of the current sources: builds
 * only when the sources changed since the last build. Concurrent callers
 * (parallel test files, a start command) wait for one build instead of
 * racing two into the same directory.
 */
export async function ensurePortalBuild(
  repoRoot: string,
  onLine: (line: string) => void = () => undefined,
): Promise<PortalBuildResult> {
  const started = Date.now();
  const webDir = join(repoRoot, 'web');
  const stampPath = join(webDir, '.next', STAMP_FILE);
  const current = () =>
    existsSync(stampPath) && readFileSync(stampPath, 'utf8') === portalSourceHash(repoRoot);
  if (current()) return { built: false, ms: Date.now() - started };
  return withLock(join(webDir, '.next-build.lock'), async () => {
    if (current()) return { built: false, ms: Date.now() - started };
    const hash = portalSourceHash(repoRoot);
    await runNext(webDir, ['build'], onLine);
    writeFileSync(stampPath, hash);
    return { built: true, ms: Date.now() - started };
  });
}

export interface PortalOptions {
  readonly repoRoot: string;
  readonly port: number;
  readonly host?: string;
  /** The control-plane API the portal's server and its `/v1` proxy reach. */
  readonly apiUrl: string;
  readonly onLine?: (line: string) => void;
}

/** `next start` of the built portal; ready once its login page answers. */
export async function startPortal(options: PortalOptions): Promise<RunningService> {
  const webDir = join(options.repoRoot, 'web');
  const host = options.host ?? '127.0.0.1';
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin(webDir), 'start', '--port', String(options.port), '--hostname', host],
    {
      cwd: webDir,
      env: { ...process.env, ...NEXT_ENV, CARILLON_API_URL: options.apiUrl, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const tail: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
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
  const endpoint = `http://${host}:${options.port}`;
  try {
    await waitUntil('the portal', async () => {
      if (exitCode !== undefined) {
        throw new EmbeddedStackError(`the portal exited with ${exitCode}:\n${tail.join('\n')}`);
      }
      return (await fetch(`${endpoint}/login`)).ok;
    });
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { endpoint, pid: child.pid, stop: () => stopChild(child) };
}

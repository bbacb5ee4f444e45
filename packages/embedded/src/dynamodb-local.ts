import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EmbeddedStackError } from './errors';
import { waitUntil } from './wait';

export interface DynamoDbLocalOptions {
  readonly port: number;
  /** Directory for the SQLite file; undefined keeps everything in memory. */
  readonly dataDir?: string;
  readonly host?: string;
}

export interface RunningService {
  readonly endpoint: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The directory of DynamoDB Local — AWS's own engine, shipped as a jar inside
 * the `amplify-dynamodb-simulator` npm package. Unlike dynalite it implements
 * transactions, which the store's uniqueness guards depend on.
 */
export function dynamoDbLocalHome(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<RunningService> {
  const host = options.host ?? '127.0.0.1';
  const home = dynamoDbLocalHome();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // -sharedDb: one database whatever the region and access key the client
  // signs with, so every local process sees the same tables.
  const args = [
    `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
    '-Xmx512m',
    // Start-up beats peak throughput for a local server: C1 only, serial GC.
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-jar',
    join(home, 'DynamoDBLocal.jar'),
    '-sharedDb',
    '-port',
    String(options.port),
    ...storage,
  ];
  const child = spawn('java', args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = watchExit(child);

  const endpoint = `http://${host}:${options.port}`;
  try {
    await waitUntil('DynamoDB Local', async () => {
      if (exited.code !== undefined) {
        throw new EmbeddedStackError(`DynamoDB Local exited with ${exited.code}: ${output.join('').trim()}`);
      }
      return listTablesAnswers(endpoint);
    });
  } catch (error) {
    child.kill('SIGKILL');
    if (error instanceof EmbeddedStackError && /ENOENT/.test(String(exited.error))) {
      throw new EmbeddedStackError('java was not found; run scripts/bootstrap.sh to install a Java runtime');
    }
    throw error;
  }
  return { endpoint, pid: child.pid, stop: () => stopChild(child) };
}

function watchExit(child: ChildProcess) {
  const state: { code: number | null | undefined; error: unknown } = { code: undefined, error: undefined };
  child.on('exit', (code) => {
    state.code = code;
  });
  child.on('error', (error) => {
    state.error = error;
    state.code = -1;
  });
  return state;
}

/** An unsigned-but-well-formed ListTables call: DynamoDB Local accepts any credentials. */
async function listTablesAnswers(endpoint: string): Promise<boolean> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.ListTables',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    },
    body: '{}',
  });
  return response.ok;
}

export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

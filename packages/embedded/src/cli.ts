import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@carillon/logger';
import { parseCliOptions, USAGE } from './cli-options';
import type { RunningService } from './dynamodb-local';
import { EmbeddedStackError } from './errors';
import { resolvePort } from './ports';
import { startServiceProcess } from './service-process';
import { startStorageStack } from './storage-stack';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const log = createLogger({ service: 'embedded' });

/**
 * The embedded default: every Carillon service as a local process on
 * loopback. Stops cleanly on Ctrl-C; data persists unless --in-memory.
 */
async function main() {
  const options = parseCliOptions(process.argv.slice(2), repoRoot);
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  const running: RunningService[] = [];
  const stopAll = async () => {
    for (const service of running.reverse()) await service.stop();
  };
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      process.stdout.write('\nstopping Carillon…\n');
      stopAll().then(() => process.exit(0));
    });
  }

  try {
    const storage = await startStorageStack({
      dynamodbPort: options.dynamodbPort,
      s3Port: options.s3Port,
      ...(options.inMemory ? {} : { dataDir: options.dataDir }),
    });
    running.push({ endpoint: storage.dynamodbEndpoint, pid: process.pid, stop: storage.stop });
    const apiPort = await resolvePort(options.apiPort, 'the control-plane API', '--api-port');
    const api = await startServiceProcess({
      name: 'api',
      entry: resolve(repoRoot, 'functions/api/src/server.ts'),
      cwd: repoRoot,
      env: { ...storage.env, PORT: String(apiPort) },
      readyUrl: `http://127.0.0.1:${apiPort}/health/ready`,
      onLine: (line) => process.stdout.write(`[api] ${line}\n`),
    });
    running.push(api);
    process.stdout.write(
      [
        '',
        'Carillon is running (embedded default). Ctrl-C stops it.',
        '',
        `  Control-plane API  ${api.endpoint}  (health: ${api.endpoint}/health)`,
        `  DynamoDB Local     ${storage.dynamodbEndpoint}  table ${storage.tableName}`,
        `  S3-API server      ${storage.s3Endpoint}  buckets ${storage.bucketPrefix}-*`,
        `  Data               ${options.inMemory ? 'in memory (lost on stop)' : options.dataDir}`,
        '',
      ].join('\n'),
    );
  } catch (error) {
    await stopAll();
    if (error instanceof EmbeddedStackError) {
      process.stderr.write(`carillon: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'embedded stack failed');
  process.exit(1);
});

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@carillon/logger';
import { createDynamoClients, createStore } from '@carillon/store';
import { formatBanner } from './banner';
import { parseCliOptions, USAGE } from './cli-options';
import { loadDemoCredentials, saveDemoCredentials } from './demo-credentials-file';
import type { RunningService } from './dynamodb-local';
import { stackEnvironment } from './environment';
import { EmbeddedStackError } from './errors';
import { resolvePort } from './ports';
import { seedDemo } from './seed';
import { startServiceProcess } from './service-process';
import { startStorageStack, storageEndpoints } from './storage-stack';

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
    // Ports first, so the API can start while DynamoDB Local's JVM warms up:
    // its liveness check needs no storage, and the two start-ups overlap.
    const dynamodbPort = await resolvePort(options.dynamodbPort, 'DynamoDB Local', '--dynamodb-port');
    const s3Port = await resolvePort(options.s3Port, 'the S3 server', '--s3-port');
    const apiPort = await resolvePort(options.apiPort, 'the control-plane API', '--api-port');
    const storageOptions = {
      dynamodbPort,
      s3Port,
      ...(options.inMemory ? {} : { dataDir: options.dataDir }),
    };
    const env = stackEnvironment(storageEndpoints(storageOptions));
    const [storage, api] = await Promise.all([
      startStorageStack(storageOptions),
      startServiceProcess({
        name: 'api',
        entry: resolve(repoRoot, 'functions/api/src/server.ts'),
        cwd: repoRoot,
        env: { ...env, PORT: String(apiPort) },
        readyUrl: `http://127.0.0.1:${apiPort}/health`,
        onLine: (line) => process.stdout.write(`[api] ${line}\n`),
      }),
    ]);
    running.push({ endpoint: storage.dynamodbEndpoint, pid: process.pid, stop: storage.stop }, api);
    const { document } = createDynamoClients();
    // The seed writes through the same store code the control plane uses; its
    // cursor secret only signs pagination cursors, which the seed never hands out.
    const store = createStore({ tableName: storage.tableName, document, cursorSecret: 'embedded-seed-only' });
    const seeded = await seedDemo(store, options.platformDomain);
    if (!options.inMemory) mkdirSync(options.dataDir, { recursive: true });
    if (seeded.credentials && !options.inMemory) saveDemoCredentials(options.dataDir, seeded.credentials);
    const credentials =
      seeded.credentials ?? (options.inMemory ? undefined : loadDemoCredentials(options.dataDir));
    process.stdout.write(
      formatBanner({
        services: [
          ['Control-plane API', `${api.endpoint}  (health: ${api.endpoint}/health)`],
          ['DynamoDB Local', `${storage.dynamodbEndpoint}  table ${storage.tableName}`],
          ['S3-API server', `${storage.s3Endpoint}  buckets ${storage.bucketPrefix}-*`],
        ],
        data: options.inMemory ? 'in memory (lost on stop)' : options.dataDir,
        credentials,
      }),
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

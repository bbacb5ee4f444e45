/**
 * Control-plane API latency (issue 5) on the embedded stack: DynamoDB Local
 * as the tests start it (in memory), the real API app (`createApiApp`, the
 * production middleware: per-address and per-key rate limits counted in the
 * table, API key lookup, tenant suspension check) served in this process
 * over real HTTP on loopback, one tenant seeded with `users` users.
 *
 *     pnpm exec tsx bench/api.bench.ts [requestsPerCase] [users] [concurrency] [--cases=ping,getitem,get,create,list]
 *     # default 1000 10000 1, every case
 *
 * Cases, each `requestsPerCase` requests after 50 warm-up requests, one at a
 * time (concurrency 1: latency, not throughput) from a client in this process
 * over keep-alive connections:
 *  - GET  /v1/tenants/{t}/users/{id}      (a random seeded user)
 *  - POST /v1/tenants/{t}/users           (a new user, no password: argon2id is not what is measured)
 *  - GET  /v1/tenants/{t}/users?limit=100 (pages of 100, following nextCursor, from the start again at the end)
 * References from the same run: a trivial route on the same HTTP server
 * (what HTTP + the client cost), and a raw DynamoDB GetItem of a user item
 * from this process (what one storage round trip costs). Printed per case:
 * p50/p99/max latency, the Node process's CPU time per request (API and
 * client), DynamoDB Local's CPU time per request (its Java process), and the
 * DynamoDB requests per API request. Goals: p99 ≤ 50 ms for get and create,
 * ≤ 100 ms for a page of 100. Not a test: nothing here passes or fails.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { serve } from '@hono/node-server';
import { createApiApp } from '../functions/api/src/app';
import { deriveKey } from '../functions/api/src/auth/secrets';
import { loadApiConfig } from '../functions/api/src/config';
import {
  createResellerInputSchema,
  createTenantInputSchema,
  createUserInputSchema,
  generateApiKey,
  newId,
  tenantSipDomain,
} from '../packages/domain/src/index';
import { freePort, startStorageStack } from '../packages/embedded/src/index';
import { createDynamoClients, createStore, type Store } from '../packages/store/src/index';
import type { RequestLog } from './dynamo-requests';

const flags = process.argv.slice(2).filter((argument) => argument.startsWith('--'));
const positional = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const requestsPerCase = Number(positional[0] ?? 1000);
const userCount = Number(positional[1] ?? 10_000);
const concurrency = Number(positional[2] ?? 1);
const casesFlag = flags.find((flag) => flag.startsWith('--cases='));
const cases = new Set((casesFlag?.slice('--cases='.length) ?? 'ping,getitem,get,create,list').split(','));
const WARM_UP = 50;
const SEED_CONCURRENCY = 16;
const SECRET = 'bench-api-secret-0123456789abcdefghij';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** CPU seconds (user + system) of a process, from /proc (Linux). */
function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // Fields 14 and 15 of stat (utime, stime), counted from the state field (3rd) here.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** The Java process of DynamoDB Local and its children's CPU: the wrapper pid's tree. */
function treeCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  let total = processCpuSeconds(pid);
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    for (const child of children) total += treeCpuSeconds(Number(child));
  } catch {
    // no children file: just the process
  }
  return total;
}

/**
 * Every DynamoDB request of this process, by command, with its latency. The
 * API builds document clients of its own (rate limiter, credentials) besides
 * the store's, so the count hooks the class rather than one client.
 */
function countEveryRequest(): RequestLog {
  const log: RequestLog = new Map();
  const prototype = DynamoDBDocumentClient.prototype as unknown as {
    send: (command: object, ...rest: unknown[]) => Promise<unknown>;
  };
  const original = prototype.send;
  prototype.send = function send(this: unknown, command: object, ...rest: unknown[]) {
    const name = command.constructor.name.replace(/Command$/, '');
    const started = performance.now();
    const record = () => {
      const list = log.get(name) ?? [];
      list.push(performance.now() - started);
      log.set(name, list);
    };
    const result = original.call(this, command, ...rest);
    result.then(record, record);
    return result;
  };
  return log;
}

async function seed(store: Store) {
  const reseller = await store.resellers.create(
    createResellerInputSchema.parse({ name: 'Bench Reseller', contactEmail: 'bench-reseller@example.test' }),
  );
  const slug = `bench${newId('tnt').slice(4, 14).toLowerCase()}`;
  const tenant = await store.tenants.create({
    ...createTenantInputSchema.parse({
      name: 'Bench Tenant',
      slug,
      country: 'DE',
      timeZone: 'Europe/Berlin',
    }),
    resellerId: reseller.id,
    sipDomain: tenantSipDomain(slug, 'carillon.test'),
    status: 'active',
    deletionScheduledAt: null,
  });
  const generated = generateApiKey();
  await store.apiKeys.create({
    name: 'bench',
    scopes: ['users:write'],
    expiresAt: null,
    owner: { kind: 'tenant', id: tenant.id },
    tenantId: tenant.id,
    displayPrefix: generated.displayPrefix,
    keyHash: generated.keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  const scope = { tenantId: tenant.id };
  const ids: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      for (let index = next++; index < userCount; index = next++) {
        const { password: _none, pin: _nopin, ...input } = createUserInputSchema.parse(userInput(index));
        const user = await store.users.create(scope, {
          ...input,
          passwordHash: null,
          pinHash: null,
          lastLoginAt: null,
        });
        ids.push(user.id);
      }
    }),
  );
  return { tenantId: tenant.id, key: generated.key, ids, seedSeconds: (performance.now() - started) / 1000 };
}

/** A create-user body; `index` makes login, e-mail and extension unique (extensions 100000…). */
function userInput(index: number) {
  return {
    login: `bench${index}`,
    email: `bench${index}@example.test`,
    firstName: 'Bench',
    lastName: `User ${index}`,
    extensionNumber: String(100_000 + index),
  };
}

interface CaseResult {
  readonly name: string;
  readonly sorted: number[];
  readonly nodeCpuMs: number;
  readonly dynamoCpuMs: number;
  readonly dynamoRequests: number;
  readonly seconds: number;
}

async function measure(
  name: string,
  operation: (index: number) => Promise<void>,
  context: { log: RequestLog; dynamoPid: number | undefined },
): Promise<CaseResult> {
  for (let index = 0; index < WARM_UP; index++) await operation(-1 - index);
  const requestsBefore = [...context.log.values()].reduce((sum, list) => sum + list.length, 0);
  const cpuBefore = process.cpuUsage();
  const dynamoBefore = treeCpuSeconds(context.dynamoPid);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < requestsPerCase; index = next++) {
        const begun = performance.now();
        await operation(index);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const requestsAfter = [...context.log.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    name,
    sorted: latencies.sort((a, b) => a - b),
    nodeCpuMs: (cpu.user + cpu.system) / 1000 / requestsPerCase,
    dynamoCpuMs: ((treeCpuSeconds(context.dynamoPid) - dynamoBefore) * 1000) / requestsPerCase,
    dynamoRequests: (requestsAfter - requestsBefore) / requestsPerCase,
    seconds,
  };
}

async function main() {
  const cpus = os.cpus();
  process.stdout.write(
    `machine: ${cpus[0]?.model ?? '?'} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load()}\n`,
  );
  const storage = await startStorageStack({ dynamodbPort: 0, s3Port: 0 });
  const dynamoPid = storage.services[0]?.pid;
  const log = countEveryRequest();
  const { document } = createDynamoClients();
  const config = {
    ...loadApiConfig(),
    CARILLON_API_SECRET: SECRET,
    LOG_LEVEL: 'fatal' as const,
    // Counted as in production (one UpdateItem per limit and request), but never reached by the bench.
    RATE_LIMIT_PER_ADDRESS: 100_000_000,
    RATE_LIMIT_PER_API_KEY: 100_000_000,
  };
  const store = createStore({
    tableName: storage.tableName,
    document,
    cursorSecret: deriveKey(SECRET, 'cursor'),
  });
  const app = createApiApp(config, { store });
  const port = await freePort();
  const server = serve({
    // The node-server bindings go on to the app: the per-address limit reads the peer address from them.
    fetch: (request: Request, bindings: unknown) =>
      new URL(request.url).pathname === '/bench/ping' ? new Response('ok') : app.fetch(request, bindings),
    port,
    hostname: '127.0.0.1',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const seeded = await seed(store);
    process.stdout.write(
      `seeded ${seeded.ids.length} users into one tenant in ${seeded.seedSeconds.toFixed(1)} s (store, concurrency ${SEED_CONCURRENCY}); load average ${load()}\n`,
    );
    const headers = { authorization: `Bearer ${seeded.key}` };
    const users = `${base}/v1/tenants/${seeded.tenantId}/users`;
    const pick = () => seeded.ids[Math.floor(Math.random() * seeded.ids.length)] ?? '';
    const expect = async (response: Response, status: number, what: string) => {
      if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
      return response;
    };
    const rawKey = (id: string) => ({ pk: `t#${seeded.tenantId}#user`, sk: id });
    const probe = await document.send(new GetCommand({ TableName: storage.tableName, Key: rawKey(pick()) }));
    if (probe.Item === undefined) throw new Error('raw GetItem found no user item: key layout changed?');
    let created = 0;
    let cursor: string | undefined;

    const context = { log, dynamoPid };
    const results: CaseResult[] = [];
    process.stdout.write(
      `${requestsPerCase} requests per case after ${WARM_UP} warm-up, concurrency ${concurrency}, load average ${load()}\n\n`,
    );
    if (cases.has('ping'))
      results.push(
        await measure(
          'reference: GET /bench/ping (same server)',
          async () => {
            await (await expect(await fetch(`${base}/bench/ping`), 200, 'ping')).text();
          },
          context,
        ),
      );
    if (cases.has('getitem'))
      results.push(
        await measure(
          'reference: raw DynamoDB GetItem',
          async () => {
            await document.send(new GetCommand({ TableName: storage.tableName, Key: rawKey(pick()) }));
          },
          context,
        ),
      );
    if (cases.has('get'))
      results.push(
        await measure(
          'GET user',
          async () => {
            await (await expect(await fetch(`${users}/${pick()}`, { headers }), 200, 'get')).json();
          },
          context,
        ),
      );
    if (cases.has('create'))
      results.push(
        await measure(
          'POST user (create)',
          async () => {
            const body = JSON.stringify(userInput(userCount + created++));
            const response = await fetch(users, {
              method: 'POST',
              headers: { ...headers, 'content-type': 'application/json' },
              body,
            });
            await (await expect(response, 201, 'create')).json();
          },
          context,
        ),
      );
    if (cases.has('list'))
      results.push(
        await measure(
          'GET users?limit=100 (one page)',
          async () => {
            const url = `${users}?limit=100${cursor === undefined ? '' : `&cursor=${cursor}`}`;
            const page = (await (await expect(await fetch(url, { headers }), 200, 'list')).json()) as {
              items: unknown[];
              nextCursor?: string;
            };
            if (page.items.length === 0) throw new Error('empty page');
            cursor = page.nextCursor;
          },
          context,
        ),
      );

    process.stdout.write(
      '| case | p50 ms | p99 ms | max ms | requests/s | Node CPU ms/request | DynamoDB Local CPU ms/request | DynamoDB requests/request |\n',
    );
    process.stdout.write('| --- | --- | --- | --- | --- | --- | --- | --- |\n');
    for (const result of results) {
      const row = [
        result.name,
        percentile(result.sorted, 50).toFixed(2),
        percentile(result.sorted, 99).toFixed(2),
        (result.sorted.at(-1) ?? Number.NaN).toFixed(1),
        (requestsPerCase / result.seconds).toFixed(0),
        result.nodeCpuMs.toFixed(2),
        result.dynamoCpuMs.toFixed(2),
        result.dynamoRequests.toFixed(1),
      ];
      process.stdout.write(`| ${row.join(' | ')} |\n`);
    }
    process.stdout.write('\nDynamoDB requests of the whole run (seeding included), by kind: count, p50 ms\n');
    for (const [kind, list] of log) {
      const sorted = [...list].sort((a, b) => a - b);
      process.stdout.write(`  ${kind}: ${list.length}, p50 ${percentile(sorted, 50).toFixed(2)}\n`);
    }
    process.stdout.write(`\nload average after: ${load()}\n`);
  } finally {
    server.close();
    await storage.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

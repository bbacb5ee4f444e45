/**
 * Authenticated REGISTERs per second through the real edge over UDP, against OPTIONS round trips
 * through the same edge measured in the same run.
 *
 *   pnpm exec tsx bench/sip-register.bench.ts [seconds] [phones] [window] [--nonce-reuse] [--store=memory]
 *   pnpm exec tsx bench/sip-register.bench.ts 10 200 64          # the defaults
 *
 * Everything runs in this process on loopback and is stopped at the end: DynamoDB Local and s3rver
 * (startStorageStack, in memory, free ports), the real call-control app on node:http (the edge reads
 * device credentials from it through ControlPlaneClient, cached CREDENTIAL_CACHE_TTL_SECONDS), and
 * the edge (startEdge, UDP only) writing bindings to DynamoDB Local.
 *
 * `phones` simulated phones, each with its own UDP socket and device credentials, are shared among
 * `window` workers (the bounded concurrency) in a child process (register-load.ts), so the
 * generator does not take the edge's CPU. One registration is REGISTER → 401 → REGISTER with
 * Digest credentials (RFC 3261 §22.2, answered with @carillon/sip's createCredentials) → 200.
 * First every phone registers once (steady state: the edge's credential cache holds every phone),
 * then a 2 s warm-up, then for `seconds`: completed authenticated registrations per second and the
 * latency of the authenticated round trip (second REGISTER → 200). Reference, same phones and
 * window, for `seconds`/2: OPTIONS → 200, which the edge answers without auth and without storage —
 * the ceiling of the transport + transaction layer alone.
 *
 * `--nonce-reuse`: phones answer each refresh pre-emptively with the last nonce and nc+1 (RFC 7616
 * §3.4; the edge checks nonce counts), as deployed phones do; a 401 only when the nonce is stale.
 * `--store=memory`: a SECOND, clearly labelled configuration where the edge's bindings go to an
 * in-memory store instead of DynamoDB Local (credentials still come from call-control over
 * DynamoDB Local) — what the edge reaches with binding storage excluded.
 *
 * Also measured in the same run: DynamoDB Local's own rate here (PutItem at concurrency 8,
 * BatchWriteItem of 25 at concurrency 4, 2 s each) and the DynamoDB requests the run made, by kind.
 *
 * The edge's per-source-IP rate limit is raised for the run: every phone here is 127.0.0.1, which
 * the default (100/s, RATE_LIMIT_REQUESTS_PER_SECOND) would throttle as one office behind a NAT.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import type { Registration } from '@carillon/domain';
import { createCallControlApp } from '../functions/call-control/src/app';
import {
  testConfig as callControlConfig,
  EDGE_TOKEN,
  type SeededDevice,
  seedDevice,
  seedTenant,
} from '../functions/call-control/src/int-test-fixtures';
import { type Edge, startEdge } from '../media/src/edge';
import { ControlPlaneCredentialSource } from '../media/src/registrar/control-plane-credential-source';
import type { BindingStore } from '../media/src/registrar/location-service';
import { testConfig as edgeTestConfig } from '../media/test/edge-harness';
import { ControlPlaneClient } from '../packages/edge-api/src/index';
import { startStorageStack } from '../packages/embedded/src/index';
import { createLogger } from '../packages/logger/src/index';
import {
  bindingKey,
  createDynamoClients,
  createStore,
  type RegistrationWrite,
  type TenantScope,
} from '../packages/store/src/index';
import { countRequests, formatRequests, measureDynamo } from './dynamo-requests';
import type { LoadInput, LoadOutput, Tally } from './register-load';

const LOOPBACK = '127.0.0.1';
const WARMUP_MS = 2000;

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const seconds = Number(positional[0] ?? 10);
const phoneCount = Number(positional[1] ?? 200);
const windowSize = Number(positional[2] ?? 64);
const nonceReuse = flags.includes('--nonce-reuse');
const memoryStore = flags.includes('--store=memory');

/** Hono's fetch handler on node:http, as media/test/edge-call.int.test.ts serves it. */
async function serveFetch(fetch: (request: Request) => Response | Promise<Response>): Promise<Server> {
  const http = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const response = await fetch(
      new Request(`http://${LOOPBACK}${req.url ?? '/'}`, {
        method: req.method ?? 'GET',
        headers,
        ...(body && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => http.listen(0, LOOPBACK, () => resolve()));
  return http;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, t: Tally): number {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const rate = t.done / (t.elapsedMs / 1000);
  console.log(
    `${name.padEnd(34)} ${Math.round(rate).toLocaleString('en-US').padStart(7)}/s  ` +
      `(${t.done} done, ${t.failed} failed/timed out, ${t.challenges} 401s in ${(t.elapsedMs / 1000).toFixed(1)} s)  ` +
      `p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms`,
  );
  return rate;
}

/**
 * Bindings in memory: the `--store=memory` configuration only. Same contract as the store's
 * RegistrationRepository (live bindings per AOR; batch puts and removals).
 */
class MemoryBindingStore implements BindingStore {
  readonly #aors = new Map<string, Map<string, Registration>>();

  async listByAor(scope: TenantScope, aor: string): Promise<Registration[]> {
    const now = Math.floor(Date.now() / 1000);
    const bindings = this.#aors.get(`${scope.tenantId} ${aor}`);
    return bindings ? [...bindings.values()].filter((b) => b.expiresAtEpoch > now) : [];
  }

  async writeBatch(writes: readonly RegistrationWrite[]): Promise<void> {
    for (const write of writes) {
      const key = `${write.scope.tenantId} ${write.registration.aor}`;
      const bindings = this.#aors.get(key) ?? new Map<string, Registration>();
      this.#aors.set(key, bindings);
      if (write.kind === 'put') bindings.set(bindingKey(write.registration), write.registration);
      else bindings.delete(bindingKey(write.registration));
    }
  }
}

function runGenerator(input: LoadInput): Promise<LoadOutput> {
  const dir = mkdtempSync(join(os.tmpdir(), 'carillon-bench-load-'));
  const inputPath = join(dir, 'input.json');
  writeFileSync(inputPath, JSON.stringify(input));
  const script = join(import.meta.dirname, 'register-load.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, inputPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadOutput);
    });
  });
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, Node ${process.version}, load average ${load()}`,
  );
  console.log(
    `${phoneCount} phones, window ${windowSize}, ${seconds} s (OPTIONS ${seconds / 2} s), ` +
      `${nonceReuse ? 'nonce reuse (nc+1)' : 'full challenge every time'}, ` +
      `bindings in ${memoryStore ? 'MEMORY (storage excluded — not the production configuration)' : 'DynamoDB Local'}\n`,
  );

  const stack = await startStorageStack({ dynamodbPort: 0, s3Port: 0 });
  let server: Server | undefined;
  let edge: Edge | undefined;
  const cdrDir = mkdtempSync(join(os.tmpdir(), 'carillon-bench-register-'));
  try {
    const table = process.env.CARILLON_TABLE_NAME ?? 'carillon';
    const { document } = createDynamoClients();
    const store = createStore({ tableName: table, document, cursorSecret: 'bench-cursor-secret' });
    const app = createCallControlApp(callControlConfig(), { store });
    server = await serveFetch((request) => app.fetch(request));
    const controlPlane = new ControlPlaneClient({
      baseUrl: `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`,
      edgeToken: EDGE_TOKEN,
    });
    const tenant = await seedTenant(store);
    const devices: SeededDevice[] = [];
    for (let i = 0; i < phoneCount; i += 20) {
      const batch = Math.min(20, phoneCount - i);
      devices.push(
        ...(await Promise.all(Array.from({ length: batch }, () => seedDevice(store, tenant, null)))),
      );
    }
    console.log(`DynamoDB Local reference (same run): ${await measureDynamo(document, table)}`);
    const config = edgeTestConfig({
      CDR_DATA_DIR: cdrDir,
      SIP_TCP_ENABLED: 'false',
      SIP_TLS_ENABLED: 'false',
      SIP_WS_ENABLED: 'false',
      SIP_WSS_ENABLED: 'false',
      RATE_LIMIT_REQUESTS_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
      LOG_LEVEL: 'silent',
      // Tuning knobs passed through for experiments (defaults otherwise).
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          (entry): entry is [string, string] => entry[0].startsWith('LOCATION_') && entry[1] !== undefined,
        ),
      ),
    });
    edge = await startEdge(config, {
      credentials: new ControlPlaneCredentialSource(controlPlane),
      bindings: memoryStore ? new MemoryBindingStore() : store.registrations,
      controlPlane,
      logger: createLogger({ service: 'bench-edge', level: 'silent' }),
    });
    const edgePort = edge.ports.UDP;
    if (edgePort === undefined) throw new Error('the edge has no UDP port');
    const requests = countRequests(document);

    const result = await runGenerator({
      edgePort,
      domain: tenant.sipDomain,
      phones: devices.map((d) => ({ username: d.device.sipUsername, password: d.sipPassword })),
      window: windowSize,
      warmupMs: WARMUP_MS,
      registerMs: seconds * 1000,
      optionsMs: (seconds * 1000) / 2,
      nonceReuse,
    });
    console.log(
      `fill: ${result.fill.phonesRegistered}/${phoneCount} phones registered once in ${(result.fill.elapsedMs / 1000).toFixed(1)} s`,
    );
    const registerRate = report('authenticated REGISTER', result.register);
    const optionsRate = report('OPTIONS (reference)', result.options);
    console.log(`\nratio REGISTER/OPTIONS: ${(registerRate / optionsRate).toFixed(3)}`);
    console.log(
      `DynamoDB requests during the whole run (fill + warm-up + measure + OPTIONS): ${formatRequests(requests)}`,
    );
    console.log(
      `goal ≥ 2,000 authenticated REGISTERs/s: ${registerRate >= 2000 ? 'met' : 'NOT met'} (${Math.round(registerRate)}/s)`,
    );
    console.log(`load average after: ${load()}`);
  } finally {
    await edge?.stop(500);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await stack.stop();
    rmSync(cdrDir, { recursive: true, force: true });
  }
}

await main();

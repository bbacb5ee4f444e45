/**
 * Authenticated REGISTERs per second through the real edge over UDP, against OPTIONS round trips
 * through the same edge measured in the same run.
 *
 *   pnpm exec tsx bench/sip-register.bench.ts [seconds] [phones] [window]
 *   pnpm exec tsx bench/sip-register.bench.ts 10 200 64          # the defaults
 *
 * Everything runs in this process on loopback and is stopped at the end: DynamoDB Local and s3rver
 * (startStorageStack, in memory, free ports), the real call-control app on node:http (the edge reads
 * device credentials from it through ControlPlaneClient, cached CREDENTIAL_CACHE_TTL_SECONDS), and
 * the edge (startEdge, UDP only) writing bindings to DynamoDB Local.
 *
 * `phones` simulated phones, each with its own UDP socket and device credentials, are shared among
 * `window` workers (the bounded concurrency). One registration is REGISTER → 401 → REGISTER with
 * Digest credentials (RFC 3261 §22.2, answered with @carillon/sip's createCredentials) → 200.
 * After a 2 s warm-up (credential cache filled, JIT warm), for `seconds`: completed authenticated
 * registrations per second and the latency of the authenticated round trip (second REGISTER → 200).
 * Reference, same phones and window, for `seconds`/2: OPTIONS → 200, which the edge answers without
 * auth and without storage — the ceiling of the transport + transaction layer alone.
 *
 * The edge's per-source-IP rate limit is raised for the run: every phone here is 127.0.0.1, which
 * the default (100/s, RATE_LIMIT_REQUESTS_PER_SECOND) would throttle as one office behind a NAT.
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import {
  createCredentials,
  createRequest,
  getCallId,
  getCSeq,
  parseMessage,
  type SipRequest,
  type SipResponse,
  selectChallenge,
  serialize,
} from '@carillon/sip';
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
import { testConfig as edgeTestConfig } from '../media/test/edge-harness';
import { ControlPlaneClient } from '../packages/edge-api/src/index';
import { startStorageStack } from '../packages/embedded/src/index';
import { createLogger } from '../packages/logger/src/index';
import { createDynamoClients, createStore } from '../packages/store/src/index';

const LOOPBACK = '127.0.0.1';
const REQUEST_TIMEOUT_MS = 2000;
const WARMUP_MS = 2000;

const seconds = Number(process.argv[2] ?? 10);
const phoneCount = Number(process.argv[3] ?? 200);
const windowSize = Number(process.argv[4] ?? 64);

/** A phone: one UDP socket, responses matched by Call-ID + CSeq number. */
class Phone {
  readonly #pending = new Map<string, (r: SipResponse | undefined) => void>();
  readonly callId = randomBytes(10).toString('hex');
  readonly fromTag = randomBytes(4).toString('hex');
  cseq = 0;
  private constructor(
    readonly socket: Socket,
    readonly port: number,
    readonly edgePort: number,
    readonly device: SeededDevice,
  ) {
    socket.on('message', (data) => {
      let message: ReturnType<typeof parseMessage>;
      try {
        message = parseMessage(data);
      } catch {
        return;
      }
      if (message.kind !== 'response' || message.status < 200) return;
      const key = `${getCallId(message)} ${getCSeq(message).seq}`;
      const resolve = this.#pending.get(key);
      if (!resolve) return;
      this.#pending.delete(key);
      resolve(message);
    });
  }

  static async open(edgePort: number, device: SeededDevice): Promise<Phone> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
    return new Phone(socket, socket.address().port, edgePort, device);
  }

  request(request: SipRequest): Promise<SipResponse | undefined> {
    const key = `${getCallId(request)} ${getCSeq(request).seq}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(key);
        resolve(undefined);
      }, REQUEST_TIMEOUT_MS);
      this.#pending.set(key, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.socket.send(serialize(request), this.edgePort, LOOPBACK);
    });
  }

  #headers(method: string, domain: string, to: string): [string, string][] {
    this.cseq += 1;
    return [
      ['Via', `SIP/2.0/UDP ${LOOPBACK}:${this.port};branch=z9hG4bK${randomBytes(8).toString('hex')};rport`],
      ['Max-Forwards', '70'],
      ['From', `<sip:${this.device.device.sipUsername}@${domain}>;tag=${this.fromTag}`],
      ['To', to],
      ['Call-ID', this.callId],
      ['CSeq', `${this.cseq} ${method}`],
    ];
  }

  /** RFC 3261 §10.2: the same Call-ID for every refresh of one binding, CSeq incremented. */
  register(domain: string, authorization?: string): SipRequest {
    const user = this.device.device.sipUsername;
    const headers = this.#headers('REGISTER', domain, `<sip:${user}@${domain}>`);
    headers.push(['Contact', `<sip:${user}@${LOOPBACK}:${this.port};transport=udp>`], ['Expires', '600']);
    if (authorization) headers.push(['Authorization', authorization]);
    return createRequest({ method: 'REGISTER', uri: `sip:${domain}`, headers });
  }

  options(domain: string): SipRequest {
    return createRequest({
      method: 'OPTIONS',
      uri: `sip:${domain}`,
      headers: this.#headers('OPTIONS', domain, `<sip:${domain}>`),
    });
  }

  close(): void {
    this.socket.close();
  }
}

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

interface Tally {
  done: number;
  failed: number;
  latencies: number[];
}

/** `window` workers, each cycling over its share of the phones, until `deadline`. */
async function drive(
  phones: readonly Phone[],
  durationMs: number,
  attempt: (phone: Phone, tally: Tally) => Promise<void>,
): Promise<Tally & { elapsedMs: number }> {
  const tally: Tally = { done: 0, failed: 0, latencies: [] };
  const started = performance.now();
  const deadline = started + durationMs;
  const workers = Array.from({ length: Math.min(windowSize, phones.length) }, async (_, w) => {
    const mine = phones.filter((_, i) => i % windowSize === w);
    for (let n = 0; performance.now() < deadline; n++) {
      const phone = mine[n % mine.length];
      if (phone) await attempt(phone, tally);
    }
  });
  await Promise.all(workers);
  return { ...tally, elapsedMs: performance.now() - started };
}

async function authenticatedRegister(phone: Phone, domain: string, tally: Tally): Promise<void> {
  const first = phone.register(domain);
  const challenge = await phone.request(first);
  if (challenge?.status !== 401) {
    tally.failed += 1;
    return;
  }
  const password = phone.device.sipPassword;
  const chosen = selectChallenge(challenge.headers.getAll('www-authenticate'), { password });
  if (!chosen) {
    tally.failed += 1;
    return;
  }
  const authorization = createCredentials({
    challenge: chosen,
    username: phone.device.device.sipUsername,
    secret: { password },
    method: 'REGISTER',
    uri: `sip:${domain}`,
    cnonce: randomBytes(8).toString('hex'),
    nc: 1,
  });
  const sent = performance.now();
  const ok = await phone.request(phone.register(domain, authorization));
  if (ok?.status !== 200) {
    tally.failed += 1;
    return;
  }
  tally.latencies.push(performance.now() - sent);
  tally.done += 1;
}

async function optionsPing(phone: Phone, domain: string, tally: Tally): Promise<void> {
  const sent = performance.now();
  const ok = await phone.request(phone.options(domain));
  if (ok?.status !== 200) {
    tally.failed += 1;
    return;
  }
  tally.latencies.push(performance.now() - sent);
  tally.done += 1;
}

function report(name: string, t: Tally & { elapsedMs: number }): number {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const rate = t.done / (t.elapsedMs / 1000);
  console.log(
    `${name.padEnd(26)} ${Math.round(rate).toLocaleString('en-US').padStart(7)}/s  ` +
      `(${t.done} done, ${t.failed} failed/timed out in ${(t.elapsedMs / 1000).toFixed(1)} s)  ` +
      `p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms`,
  );
  return rate;
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(`${phoneCount} phones, window ${windowSize}, ${seconds} s (OPTIONS ${seconds / 2} s)\n`);

  const stack = await startStorageStack({ dynamodbPort: 0, s3Port: 0 });
  let server: Server | undefined;
  let edge: Edge | undefined;
  const phones: Phone[] = [];
  const cdrDir = mkdtempSync(join(os.tmpdir(), 'carillon-bench-register-'));
  try {
    const store = createStore({
      tableName: process.env.CARILLON_TABLE_NAME ?? 'carillon',
      document: createDynamoClients().document,
      cursorSecret: 'bench-cursor-secret',
    });
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
    const config = edgeTestConfig({
      CDR_DATA_DIR: cdrDir,
      SIP_TCP_ENABLED: 'false',
      SIP_TLS_ENABLED: 'false',
      SIP_WS_ENABLED: 'false',
      SIP_WSS_ENABLED: 'false',
      RATE_LIMIT_REQUESTS_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
      LOG_LEVEL: 'silent',
    });
    edge = await startEdge(config, {
      credentials: new ControlPlaneCredentialSource(controlPlane),
      bindings: store.registrations,
      controlPlane,
      logger: createLogger({ service: 'bench-edge', level: 'silent' }),
    });
    const edgePort = edge.ports.UDP;
    if (edgePort === undefined) throw new Error('the edge has no UDP port');
    for (const device of devices) phones.push(await Phone.open(edgePort, device));
    const domain = tenant.sipDomain;

    const warm = await drive(phones, WARMUP_MS, (p, t) => authenticatedRegister(p, domain, t));
    if (warm.done === 0) throw new Error(`warm-up: no registration succeeded (${warm.failed} failed)`);
    const register = await drive(phones, seconds * 1000, (p, t) => authenticatedRegister(p, domain, t));
    const options = await drive(phones, (seconds * 1000) / 2, (p, t) => optionsPing(p, domain, t));

    const registerRate = report('authenticated REGISTER', register);
    const optionsRate = report('OPTIONS (reference)', options);
    console.log(`\nratio REGISTER/OPTIONS: ${(registerRate / optionsRate).toFixed(3)}`);
    console.log(
      `goal ≥ 2,000 authenticated REGISTERs/s: ${registerRate >= 2000 ? 'met' : 'NOT met'} (${Math.round(registerRate)}/s)`,
    );
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const phone of phones) phone.close();
    await edge?.stop(500);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await stack.stop();
    rmSync(cdrDir, { recursive: true, force: true });
  }
}

await main();

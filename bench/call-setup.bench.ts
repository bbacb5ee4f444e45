/**
 * Short calls per second through the real edge and call-control app, with post-dial delay, against
 * the same answering UAS called directly (no edge) in the same run.
 *
 *   pnpm exec tsx bench/call-setup.bench.ts [calls] [window] [maxSeconds] [--control-plane=in-process]
 *   pnpm exec tsx bench/call-setup.bench.ts 2000 20 15            # the defaults
 *
 * Everything runs in this process on loopback and is stopped at the end: DynamoDB Local and s3rver
 * (startStorageStack, in memory, free ports), the real call-control app on node:http (it answers
 * `call.new` and looks up the callee's bindings in DynamoDB), and the edge (startEdge, UDP only,
 * with its RTP relay, media engine and CDR outbox).
 *
 * `window` caller/callee pairs (extensions 2xx → 3xx), one call at a time per pair so that no
 * per-device concurrent-call limit is involved. Each callee is a minimal Node UAS on its own UDP
 * socket, registered through the edge with Digest, that answers an INVITE with 180 and 200 (SDP)
 * at once and a BYE with 200. One call, at the caller:
 *   INVITE → 401/407 → ACK → INVITE with credentials → 180 / 200 → ACK → BYE → 200.
 * Post-dial delay (PDD) = first INVITE sent → first 180 or 200 at the caller (what the user waits
 * for; it includes the challenge round trip); also shown from the authenticated INVITE.
 * Reference: the same UASes called directly by the same callers (INVITE → 180/200 → ACK → BYE),
 * the same number of calls — what the UDP sockets and SIP encoding cost alone.
 * Stops at `calls` calls or `maxSeconds`, whichever first.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  createCredentials,
  createRequest,
  createResponse,
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
  seedUser,
} from '../functions/call-control/src/int-test-fixtures';
import { type Edge, startEdge } from '../media/src/edge';
import { ControlPlaneCredentialSource } from '../media/src/registrar/control-plane-credential-source';
import { testConfig as edgeTestConfig } from '../media/test/edge-harness';
import { freePort } from '../media/test/sipp-runner';
import { ControlPlaneClient, keepAliveFetch } from '../packages/edge-api/src/index';
import { startStorageStack } from '../packages/embedded/src/index';
import { createLogger } from '../packages/logger/src/index';
import { createDynamoClients, createStore } from '../packages/store/src/index';
import { countRequests, formatRequests, measureDynamo, type RequestLog } from './dynamo-requests';

const LOOPBACK = '127.0.0.1';
const REQUEST_TIMEOUT_MS = 5000;

const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const callTarget = Number(positional[0] ?? 2000);
const windowSize = Number(positional[1] ?? 20);
const maxSeconds = Number(positional[2] ?? 15);
/** Default: call-control in its own process, as deployed (its own Lambda/process, not the edge's). */
const controlPlaneInProcess = flags.includes('--control-plane=in-process');

/** `functions/call-control/src/server.ts` as a child process on a free loopback port. */
async function startControlPlaneProcess(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const config = callControlConfig();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '../functions/call-control/src/server.ts')],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: LOOPBACK,
        CARILLON_TABLE_NAME: config.CARILLON_TABLE_NAME,
        CARILLON_EDGE_TOKEN: config.CARILLON_EDGE_TOKEN,
        CARILLON_CALL_STATE_KEYS: config.CARILLON_CALL_STATE_KEYS.join(','),
        CARILLON_DIRECTORY_CACHE_SECONDS: String(config.CARILLON_DIRECTORY_CACHE_SECONDS),
        LOG_LEVEL: 'fatal',
      },
    },
  );
  const url = `http://${LOOPBACK}:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`call-control exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, process: child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error('call-control did not start within 30 s');
}

function sdp(port: number): string {
  return [
    'v=0',
    `o=- ${port} 1 IN IP4 ${LOOPBACK}`,
    's=-',
    `c=IN IP4 ${LOOPBACK}`,
    't=0 0',
    `m=audio ${port} RTP/AVP 0`,
    'a=rtpmap:0 PCMU/8000',
    'a=ptime:20',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

function branch(): string {
  return `z9hG4bK${randomBytes(8).toString('hex')}`;
}

/**
 * One UDP socket: a UAC (final responses matched by Call-ID + CSeq, first 18x/2xx reported) and,
 * for callees, a UAS that answers at once.
 */
class Ua {
  readonly #pending = new Map<
    string,
    { resolve: (r: SipResponse | undefined) => void; onRinging?: () => void }
  >();
  readonly tag = randomBytes(4).toString('hex');
  private constructor(
    readonly socket: Socket,
    readonly port: number,
    readonly user: string,
    answering: boolean,
  ) {
    socket.on('message', (data, rinfo) => {
      let message: ReturnType<typeof parseMessage>;
      try {
        message = parseMessage(data);
      } catch {
        return;
      }
      if (message.kind === 'request') {
        if (answering) this.#answer(message, rinfo.port, rinfo.address);
        return;
      }
      const key = `${getCallId(message)} ${getCSeq(message).seq}`;
      const entry = this.#pending.get(key);
      if (!entry) return;
      if (message.status >= 180 && entry.onRinging) {
        entry.onRinging();
        entry.onRinging = undefined;
      }
      if (message.status < 200) return;
      this.#pending.delete(key);
      entry.resolve(message);
    });
  }

  static async open(user: string, answering: boolean): Promise<Ua> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
    return new Ua(socket, socket.address().port, user, answering);
  }

  /** The callee: 180 and 200 with SDP at once for INVITE, 200 for BYE (and anything else but ACK). */
  #answer(request: SipRequest, port: number, host: string): void {
    if (request.method === 'ACK') return;
    const send = (r: SipResponse) => this.socket.send(serialize(r), port, host);
    if (request.method === 'INVITE') {
      const contact: [string, string][] = [['Contact', `<sip:${this.user}@${LOOPBACK}:${this.port}>`]];
      send(createResponse(request, 180, undefined, { toTag: this.tag, headers: contact }));
      send(
        createResponse(request, 200, undefined, {
          toTag: this.tag,
          headers: contact,
          body: Buffer.from(sdp(40_000 + (this.port % 10_000))),
          contentType: 'application/sdp',
        }),
      );
      return;
    }
    send(createResponse(request, 200, undefined, { toTag: this.tag }));
  }

  send(request: SipRequest, port: number): void {
    this.socket.send(serialize(request), port, LOOPBACK);
  }

  request(request: SipRequest, port: number, onRinging?: () => void): Promise<SipResponse | undefined> {
    const key = `${getCallId(request)} ${getCSeq(request).seq}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(key);
        resolve(undefined);
      }, REQUEST_TIMEOUT_MS);
      this.#pending.set(key, {
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        ...(onRinging ? { onRinging } : {}),
      });
      this.send(request, port);
    });
  }

  via(): string {
    return `SIP/2.0/UDP ${LOOPBACK}:${this.port};branch=${branch()};rport`;
  }

  close(): void {
    this.socket.close();
  }
}

function authorization(
  challenge: SipResponse,
  device: SeededDevice,
  method: string,
  uri: string,
): [string, string] {
  const proxy = challenge.status === 407;
  const password = device.sipPassword;
  const chosen = selectChallenge(
    challenge.headers.getAll(proxy ? 'proxy-authenticate' : 'www-authenticate'),
    { password },
  );
  if (!chosen) throw new Error('no usable challenge');
  const value = createCredentials({
    challenge: chosen,
    username: device.device.sipUsername,
    secret: { password },
    method,
    uri,
    cnonce: randomBytes(8).toString('hex'),
    nc: 1,
  });
  return [proxy ? 'Proxy-Authorization' : 'Authorization', value];
}

async function registerThroughEdge(
  ua: Ua,
  device: SeededDevice,
  domain: string,
  edgePort: number,
): Promise<void> {
  const user = device.device.sipUsername;
  const callId = randomBytes(10).toString('hex');
  const build = (cseq: number, extra: [string, string][]) =>
    createRequest({
      method: 'REGISTER',
      uri: `sip:${domain}`,
      headers: [
        ['Via', ua.via()],
        ['Max-Forwards', '70'],
        ['From', `<sip:${user}@${domain}>;tag=${ua.tag}`],
        ['To', `<sip:${user}@${domain}>`],
        ['Call-ID', callId],
        ['CSeq', `${cseq} REGISTER`],
        ['Contact', `<sip:${user}@${LOOPBACK}:${ua.port};transport=udp>`],
        ['Expires', '600'],
        ...extra,
      ],
    });
  const challenge = await ua.request(build(1, []), edgePort);
  if (challenge?.status !== 401) throw new Error(`REGISTER: expected 401, got ${challenge?.status}`);
  const ok = await ua.request(
    build(2, [authorization(challenge, device, 'REGISTER', `sip:${domain}`)]),
    edgePort,
  );
  if (ok?.status !== 200) throw new Error(`REGISTER: expected 200, got ${ok?.status}`);
}

interface CallResult {
  readonly ok: boolean;
  /** First INVITE sent → first 180/200. */
  readonly pddMs: number;
  /** Authenticated INVITE sent → first 180/200 (equal to pddMs without a challenge). */
  readonly pddAuthMs: number;
}

/** One short call from `caller` to `target` (an extension at `domain`, or a UAS directly). */
async function shortCall(
  caller: Ua,
  port: number,
  requestUri: string,
  fromUri: string,
  device: SeededDevice | undefined,
): Promise<CallResult> {
  const callId = randomBytes(10).toString('hex');
  const from = `<${fromUri}>;tag=${randomBytes(4).toString('hex')}`;
  const to = `<${requestUri}>`;
  const invite = (cseq: number, extra: [string, string][]) =>
    createRequest({
      method: 'INVITE',
      uri: requestUri,
      headers: [
        ['Via', caller.via()],
        ['Max-Forwards', '70'],
        ['From', from],
        ['To', to],
        ['Call-ID', callId],
        ['CSeq', `${cseq} INVITE`],
        ['Contact', `<sip:${caller.user}@${LOOPBACK}:${caller.port}>`],
        ...extra,
      ],
      body: Buffer.from(sdp(30_000 + (caller.port % 10_000))),
      contentType: 'application/sdp',
    });
  const failed: CallResult = { ok: false, pddMs: Number.NaN, pddAuthMs: Number.NaN };
  const started = performance.now();
  let ringingAt = Number.NaN;
  const onRinging = () => {
    ringingAt = performance.now();
  };
  let sent = invite(1, []);
  let authSentAt = started;
  let final = await caller.request(sent, port, onRinging);
  if (final && (final.status === 401 || final.status === 407) && device) {
    // RFC 3261 §17.1.1.3: the non-2xx final response is acknowledged in the INVITE transaction.
    caller.send(
      createRequest({
        method: 'ACK',
        uri: requestUri,
        headers: [
          ['Via', sent.headers.get('via') ?? ''],
          ['Max-Forwards', '70'],
          ['From', from],
          ['To', final.headers.get('to') ?? to],
          ['Call-ID', callId],
          ['CSeq', '1 ACK'],
        ],
      }),
      port,
    );
    sent = invite(2, [authorization(final, device, 'INVITE', requestUri)]);
    authSentAt = performance.now();
    final = await caller.request(sent, port, onRinging);
  }
  if (final?.status !== 200) return failed;
  const cseq = getCSeq(sent).seq;
  const remoteTarget = /<([^>]+)>/.exec(final.headers.get('contact') ?? '')?.[1] ?? requestUri;
  const inDialog = (method: string, seq: number) =>
    createRequest({
      method,
      uri: remoteTarget,
      headers: [
        ['Via', caller.via()],
        ['Max-Forwards', '70'],
        ['From', from],
        ['To', final.headers.get('to') ?? to],
        ['Call-ID', callId],
        ['CSeq', `${seq} ${method}`],
      ],
    });
  caller.send(inDialog('ACK', cseq), port);
  const byeOk = await caller.request(inDialog('BYE', cseq + 1), port);
  if (byeOk?.status !== 200) return failed;
  return { ok: true, pddMs: ringingAt - started, pddAuthMs: ringingAt - authSentAt };
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

/** CPU time (user + system) of another process so far, ms, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the command name: state is 3rd, utime 14th, stime 15th (proc(5)), in clock ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return Number.NaN;
  }
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Run {
  readonly done: number;
  readonly failed: number;
  readonly elapsedMs: number;
  readonly pdd: number[];
  readonly pddAuth: number[];
}

/** `pairs` workers, one call at a time each, until `calls` calls are started or time is up. */
async function drive(pairs: number, place: (pair: number) => Promise<CallResult>): Promise<Run> {
  const run = { done: 0, failed: 0, elapsedMs: 0, pdd: [] as number[], pddAuth: [] as number[] };
  let started = 0;
  const t0 = performance.now();
  const deadline = t0 + maxSeconds * 1000;
  await Promise.all(
    Array.from({ length: pairs }, async (_, pair) => {
      while (started < callTarget && performance.now() < deadline) {
        started += 1;
        const result = await place(pair);
        if (!result.ok) {
          run.failed += 1;
          continue;
        }
        run.done += 1;
        run.pdd.push(result.pddMs);
        run.pddAuth.push(result.pddAuthMs);
      }
    }),
  );
  run.elapsedMs = performance.now() - t0;
  return run;
}

function report(name: string, run: Run, withAuth: boolean): { cps: number; p99: number } {
  const pdd = [...run.pdd].sort((a, b) => a - b);
  const pddAuth = [...run.pddAuth].sort((a, b) => a - b);
  const cps = run.done / (run.elapsedMs / 1000);
  console.log(
    `${name.padEnd(22)} ${cps.toFixed(0).padStart(5)} calls/s  (${run.done} done, ${run.failed} failed in ` +
      `${(run.elapsedMs / 1000).toFixed(1)} s)  PDD p50 ${percentile(pdd, 50).toFixed(2)} ms  ` +
      `p99 ${percentile(pdd, 99).toFixed(2)} ms` +
      (withAuth
        ? `  (from the authenticated INVITE: p50 ${percentile(pddAuth, 50).toFixed(2)} ms, ` +
          `p99 ${percentile(pddAuth, 99).toFixed(2)} ms)`
        : ''),
  );
  return { cps, p99: percentile(pdd, 99) };
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
  console.log(`${callTarget} calls (at most ${maxSeconds} s), ${windowSize} caller/callee pairs\n`);

  const stack = await startStorageStack({ dynamodbPort: 0, s3Port: 0 });
  let server: Server | undefined;
  let controlPlaneChild: { url: string; process: ChildProcess } | undefined;
  let edge: Edge | undefined;
  const uas: Ua[] = [];
  const cdrDir = mkdtempSync(join(os.tmpdir(), 'carillon-bench-calls-'));
  try {
    const table = process.env.CARILLON_TABLE_NAME ?? 'carillon';
    const { document } = createDynamoClients();
    const store = createStore({ tableName: table, document, cursorSecret: 'bench-cursor-secret' });
    const app = createCallControlApp(callControlConfig(), { store });
    // Time spent in the call-control app per path (request in → response built), for the report.
    const appTimes: RequestLog = new Map();
    let controlPlaneUrl: string;
    if (controlPlaneInProcess) {
      server = await serveFetch(async (request) => {
        const started = performance.now();
        try {
          return await app.fetch(request);
        } finally {
          const path = new URL(request.url).pathname;
          const list = appTimes.get(path) ?? [];
          list.push(performance.now() - started);
          appTimes.set(path, list);
        }
      });
      controlPlaneUrl = `http://${LOOPBACK}:${(server.address() as AddressInfo).port}`;
    } else {
      controlPlaneChild = await startControlPlaneProcess();
      controlPlaneUrl = controlPlaneChild.url;
    }
    const controlPlane = new ControlPlaneClient({
      baseUrl: controlPlaneUrl,
      edgeToken: EDGE_TOKEN,
      ...(flags.includes('--global-fetch') ? {} : { fetch: keepAliveFetch() }),
    });
    const tenant = await seedTenant(store);
    const domain = tenant.sipDomain;
    const pairs = await Promise.all(
      Array.from({ length: windowSize }, async (_, i) => {
        const callerUser = await seedUser(store, tenant, String(200 + i), `Caller${i}`);
        const calleeUser = await seedUser(store, tenant, String(300 + i), `Callee${i}`);
        return {
          calleeExtension: String(300 + i),
          caller: await seedDevice(store, tenant, callerUser),
          callee: await seedDevice(store, tenant, calleeUser),
        };
      }),
    );
    console.log(`DynamoDB Local reference (same run): ${await measureDynamo(document, table)}`);
    const config = edgeTestConfig({
      CDR_DATA_DIR: cdrDir,
      SIP_TCP_ENABLED: 'false',
      SIP_TLS_ENABLED: 'false',
      SIP_WS_ENABLED: 'false',
      SIP_WSS_ENABLED: 'false',
      RATE_LIMIT_REQUESTS_PER_SECOND: '1000000',
      RATE_LIMIT_BURST: '1000000',
      MAX_CALLS_PER_TENANT: '10000',
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
    const callers: Ua[] = [];
    const callees: Ua[] = [];
    for (const pair of pairs) {
      const callee = await Ua.open(pair.callee.device.sipUsername, true);
      await registerThroughEdge(callee, pair.callee, domain, edgePort);
      callees.push(callee);
      callers.push(await Ua.open(pair.caller.device.sipUsername, false));
    }
    uas.push(...callers, ...callees);

    const viaEdge = (i: number) => {
      const pair = pairs[i];
      const caller = callers[i];
      if (!pair || !caller) throw new Error('no pair');
      const fromUri = `sip:${pair.caller.device.sipUsername}@${domain}`;
      return shortCall(caller, edgePort, `sip:${pair.calleeExtension}@${domain}`, fromUri, pair.caller);
    };
    const direct = (i: number) => {
      const caller = callers[i];
      const callee = callees[i];
      if (!caller || !callee) throw new Error('no pair');
      return shortCall(
        caller,
        callee.port,
        `sip:${callee.user}@${LOOPBACK}:${callee.port}`,
        `sip:${caller.user}@${LOOPBACK}`,
        undefined,
      );
    };
    // Warm-up: one call per pair each way (credential cache, JIT, relay ports).
    await Promise.all(pairs.map((_, i) => viaEdge(i)));
    await Promise.all(pairs.map((_, i) => direct(i)));

    // What both processes spend with no call (timers, the media engine's clock): subtracted below so
    // that CPU per call does not depend on how many calls a loaded machine let through.
    const IDLE_MS = 2000;
    // First let the warm-up's trailing work (CDR reports, GC) finish.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idleCpuBefore = process.cpuUsage();
    const idleControlPlaneBefore = processCpuMs(controlPlaneChild?.process.pid);
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    const idleCpuPerMs = cpuMs(process.cpuUsage(idleCpuBefore)) / IDLE_MS;
    const idleControlPlanePerMs =
      (processCpuMs(controlPlaneChild?.process.pid) - idleControlPlaneBefore) / IDLE_MS;

    const requests = countRequests(document);
    appTimes.clear();
    // Event-loop delay of this process (edge + call-control + bench UAs): how long ready work waits.
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const cpuBefore = process.cpuUsage();
    const controlPlaneCpuBefore = processCpuMs(controlPlaneChild?.process.pid);
    const windowStart = process.hrtime.bigint() / 1000n;
    const edgeRun = await drive(windowSize, viaEdge);
    if (process.execArgv.some((arg) => arg.startsWith('--cpu-prof'))) {
      // The samples of the edge run in a --cpu-prof profile (its timestamps are this clock, µs).
      console.log(`profile window (µs): ${windowStart} ${process.hrtime.bigint() / 1000n}`);
    }
    const edgeCpu = cpuMs(process.cpuUsage(cpuBefore));
    const controlPlaneCpu = processCpuMs(controlPlaneChild?.process.pid) - controlPlaneCpuBefore;
    loopDelay.disable();
    const duringEdgeRun = formatRequests(requests);
    const appDuringEdgeRun = formatRequests(appTimes);
    const directCpuBefore = process.cpuUsage();
    const directRun = await drive(windowSize, direct);
    const directCpu = cpuMs(process.cpuUsage(directCpuBefore));
    const e = report('through the edge', edgeRun, true);
    const d = report('direct (reference)', directRun, false);
    console.log(`\nratio edge/direct calls/s: ${(e.cps / d.cps).toFixed(3)}`);
    // CPU per call, independent of what else the machine runs: this process holds the edge and the
    // bench UAs (the direct run is what the UAs cost alone, with one INVITE fewer per call).
    const perCall = (ms: number, calls: number) => (calls > 0 ? ms / calls : Number.NaN).toFixed(2);
    console.log(
      `CPU per call: this process (edge${controlPlaneInProcess ? ' + call-control' : ''} + UAs) ` +
        `${perCall(edgeCpu, edgeRun.done)} ms; UAs alone (direct run) ${perCall(directCpu, directRun.done)} ms; ` +
        `call-control process ${perCall(controlPlaneCpu, edgeRun.done)} ms`,
    );
    console.log(
      `CPU per call net of idle (${(idleCpuPerMs * 1000).toFixed(0)} and ` +
        `${(idleControlPlanePerMs * 1000).toFixed(0)} ms/s idle): this process ` +
        `${perCall(edgeCpu - idleCpuPerMs * edgeRun.elapsedMs, edgeRun.done)} ms; call-control process ` +
        `${perCall(controlPlaneCpu - idleControlPlanePerMs * edgeRun.elapsedMs, edgeRun.done)} ms`,
    );
    console.log(
      `DynamoDB requests of this process during the edge run (${edgeRun.done} calls; ` +
        `${controlPlaneInProcess ? 'call-control and CDR writes included' : 'call-control runs in its own process: not counted'}): ${duringEdgeRun}`,
    );
    if (controlPlaneInProcess) {
      console.log(`call-control app time per path during the edge run: ${appDuringEdgeRun}`);
    }
    console.log(
      `event-loop delay during the edge run: p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, ` +
        `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`,
    );
    console.log(`goal ≥ 200 CPS: ${e.cps >= 200 ? 'met' : 'NOT met'} (${e.cps.toFixed(0)})`);
    console.log(`goal PDD p99 ≤ 20 ms: ${e.p99 <= 20 ? 'met' : 'NOT met'} (${e.p99.toFixed(2)} ms)`);
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const ua of uas) ua.close();
    await edge?.stop(500);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (controlPlaneChild) {
      const exited = new Promise((resolve) => controlPlaneChild?.process.once('exit', resolve));
      controlPlaneChild.process.kill('SIGTERM');
      await exited;
    }
    await stack.stop();
    rmSync(cdrDir, { recursive: true, force: true });
  }
}

await main();

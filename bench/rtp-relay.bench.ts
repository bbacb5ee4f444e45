/**
 * Concurrent relayed G.711 calls through the edge's RtpRelay, against a plain Node.js UDP forwarder
 * measured in the same run on the same machine.
 *
 *   pnpm exec tsx bench/rtp-relay.bench.ts [secondsPerStep] [callCounts] [--generators=N] [--pool=N] [--cpu-prof[=dir]]
 *   pnpm exec tsx bench/rtp-relay.bench.ts 5 100,250,500,750,1000 --generators=2 --pool=8   # the defaults
 *
 * Processes (loopback only):
 *   - the system under test, one process per mode (`rtp-relay/system-under-test.ts`): `relay` (the
 *     edge's RtpRelay, one session of two bridged legs per call) or `forwarder` (two sockets per call,
 *     each forwarding to a fixed address — the least a Node.js relay can do);
 *   - the phones: `--generators` call generators (`rtp-relay/call-generator.ts`), each owning a share
 *     of the calls, sending a 172-octet PCMU packet every 20 ms in each direction of each of its calls
 *     (50 packets/s per direction) on a paced timer and counting what comes back (loss, misrouting,
 *     one-way delay);
 *   - this orchestrator, which only sets up, starts and collects.
 * For each call count (ascending), forwarder and relay are measured one after the other (so both see
 * the same machine load), each for `secondsPerStep` after a 1 s warm-up: loss %, misrouted packets,
 * the offered load (share of the nominal 100 packets/s per call the generators really sent — below
 * 97 % the generators, not the system under test, are the limit and the step is not valid), one-way
 * delay p50/p99, CPU of the system under test (% of one core, µs per forwarded packet) and of the
 * generators, the kernel's UDP receive-buffer drops (machine-wide) and the load average. A mode's
 * search stops at its first step that is not valid. Reported: the largest call count with < 0.1 %
 * loss for each, and the relay's throughput relative to the forwarder's from the same run (CPU per
 * forwarded packet, steps both offered fully).
 *
 * `--cpu-prof[=dir]` runs the relay process under `--cpu-prof` (default dir bench/.profiles).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  type FromGenerator,
  type FromSut,
  type GeneratorReport,
  LATENCY_BUCKETS,
  type Mode,
  PACKETS_PER_CALL_SECOND,
  quantileMs,
  type ToGenerator,
  type ToSut,
} from './rtp-relay/messages';

const LOSS_LIMIT_PERCENT = 0.1;
/** Below this share of the nominal send rate the generators, not the system under test, are the limit. */
const MIN_OFFERED = 0.97;
const WARM_UP_MS = 1000;
const DRAIN_MS = 300;
const MAX_DRAIN_MS = 5000;

/** A forked process spoken to by typed messages; `next` waits for the next reply of a type. */
class Peer<Out, In extends { readonly type: string }> {
  readonly process: ChildProcess;
  readonly #waiters: { type: string; resolve: (m: In) => void }[] = [];

  constructor(script: string, args: readonly string[], execArgv: readonly string[] = []) {
    this.process = fork(join(import.meta.dirname, script), args, {
      stdio: 'inherit',
      execArgv: [...process.execArgv, ...execArgv],
    });
    this.process.on('message', (m: In) => {
      const i = this.#waiters.findIndex((w) => w.type === m.type);
      if (i >= 0) this.#waiters.splice(i, 1)[0]!.resolve(m);
    });
  }

  send(message: Out): void {
    this.process.send(message as object);
  }

  next<T extends In['type']>(type: T): Promise<Extract<In, { type: T }>> {
    return new Promise((resolve) => {
      this.#waiters.push({ type, resolve: resolve as (m: In) => void });
    });
  }

  ask<T extends In['type']>(message: Out, type: T): Promise<Extract<In, { type: T }>> {
    const reply = this.next(type);
    this.send(message);
    return reply;
  }

  exited(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => this.process.once('exit', () => resolve()));
  }
}

type Sut = Peer<ToSut, FromSut>;
type Generator = Peer<ToGenerator, FromGenerator>;

interface StepResult {
  readonly mode: Mode;
  readonly calls: number;
  readonly sent: number;
  readonly received: number;
  readonly misrouted: number;
  readonly lossPercent: number;
  /** Share of the nominal 100 packets/s per call the generators sent (1 = all). */
  readonly offered: number;
  readonly sutCpuPercent: number;
  /** CPU time of the system under test per packet it forwarded, µs: comparable at any offered load. */
  readonly sutMicrosPerPacket: number;
  readonly generatorCpuPercent: number;
  readonly delayP50Ms: number;
  readonly delayP99Ms: number;
  readonly kernelRcvbufErrors: number;
  readonly load1: number;
}

/** The kernel's UDP counters (machine-wide): RcvbufErrors counts datagrams dropped on a full socket buffer. */
function udpRcvbufErrors(): number {
  const lines = readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('Udp:'));
  const names = lines[0]?.split(/\s+/) ?? [];
  const values = lines[1]?.split(/\s+/) ?? [];
  return Number(values[names.indexOf('RcvbufErrors')] ?? Number.NaN);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(
  mode: Mode,
  sut: Sut,
  calls: number,
  seconds: number,
  generatorCount: number,
  pool: number,
): Promise<StepResult> {
  const shares = Array.from({ length: generatorCount }, (_, g) => {
    const first = Math.floor((calls * g) / generatorCount);
    return { first, calls: Math.floor((calls * (g + 1)) / generatorCount) - first };
  }).filter((s) => s.calls > 0);
  const generators: Generator[] = shares.map(() => new Peer('rtp-relay/call-generator.ts', []));
  try {
    const bound = await Promise.all(
      generators.map((g, i) =>
        g.ask({ type: 'init', firstCall: shares[i]!.first, calls: shares[i]!.calls, pool }, 'bound'),
      ),
    );
    const { ports } = await sut.ask({ type: 'setup', remotes: bound.flatMap((b) => b.remotes) }, 'ready');
    await Promise.all(
      generators.map((g, i) =>
        g.ask(
          { type: 'start', targets: ports.slice(shares[i]!.first, shares[i]!.first + shares[i]!.calls) },
          'sending',
        ),
      ),
    );
    await sleep(WARM_UP_MS); // latching, JIT, probation of the statistics
    const kernelStart = udpRcvbufErrors();
    const cpuStart = (await sut.ask({ type: 'cpu' }, 'cpu')).micros;
    const wallStart = performance.now();
    for (const g of generators) g.send({ type: 'count' });
    await sleep(seconds * 1000);
    const reports = generators.map((g) => g.next('report'));
    for (const g of generators) g.send({ type: 'stop', drainMs: DRAIN_MS, maxDrainMs: MAX_DRAIN_MS });
    const cpuEnd = (await sut.ask({ type: 'cpu' }, 'cpu')).micros;
    const wall = performance.now() - wallStart;
    const done: GeneratorReport[] = await Promise.all(reports);
    const kernelEnd = udpRcvbufErrors();
    await sut.ask({ type: 'teardown' }, 'done');

    const sent = sum(done.map((r) => r.sent));
    const received = sum(done.map((r) => r.received));
    const misrouted = sum(done.map((r) => r.misrouted));
    const countingMs = sum(done.map((r) => r.countingMs)) / done.length;
    const latency = Array.from({ length: LATENCY_BUCKETS }, (_, i) => sum(done.map((r) => r.latency[i]!)));
    return {
      mode,
      calls,
      sent,
      received,
      misrouted,
      lossPercent: sent === 0 ? 100 : (100 * Math.max(0, sent - received)) / sent,
      offered: sent / ((calls * PACKETS_PER_CALL_SECOND * countingMs) / 1000),
      sutCpuPercent: (100 * (cpuEnd - cpuStart)) / 1000 / wall,
      sutMicrosPerPacket: (cpuEnd - cpuStart) / Math.max(1, received),
      generatorCpuPercent: (100 * sum(done.map((r) => r.cpuMicros))) / 1000 / countingMs,
      delayP50Ms: quantileMs(latency, 0.5),
      delayP99Ms: quantileMs(latency, 0.99),
      kernelRcvbufErrors: kernelEnd - kernelStart,
      load1: os.loadavg()[0]!,
    };
  } finally {
    for (const g of generators) g.process.kill();
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** A step counts when loss stayed under the limit, nothing was misrouted, and the load was really offered. */
function valid(r: StepResult): boolean {
  return r.lossPercent < LOSS_LIMIT_PERCENT && r.misrouted === 0 && r.offered >= MIN_OFFERED;
}

function print(r: StepResult): void {
  const verdict = valid(r)
    ? 'ok'
    : r.offered < MIN_OFFERED
      ? 'generator-bound: not valid'
      : r.misrouted > 0
        ? 'MISROUTED'
        : 'LOSS ≥ 0.1 %';
  console.log(
    `${r.mode.padEnd(9)} ${String(r.calls).padStart(5)} calls  sent ${String(r.sent).padStart(8)}  ` +
      `loss ${r.lossPercent.toFixed(3).padStart(7)} %  misrouted ${r.misrouted}  offered ${(100 * r.offered).toFixed(1)} %  ` +
      `delay p50/p99 ${r.delayP50Ms.toFixed(2)}/${r.delayP99Ms.toFixed(2)} ms  ` +
      `SUT CPU ${r.sutCpuPercent.toFixed(1).padStart(5)} % (${r.sutMicrosPerPacket.toFixed(2)} µs/packet)  ` +
      `generators CPU ${r.generatorCpuPercent.toFixed(0)} %  kernel rcvbuf drops ${r.kernelRcvbufErrors}  ` +
      `load ${r.load1.toFixed(2)}  [${verdict}]`,
  );
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : '';
}

async function main(): Promise<void> {
  const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const seconds = Number(positional[0] ?? 5);
  const counts = (positional[1] ?? '100,250,500,750,1000').split(',').map(Number);
  const generatorCount = Number(option('generators') ?? 2);
  const pool = Number(option('pool') ?? 8);
  const profile = option('cpu-prof');
  const profileDir = profile === undefined ? undefined : profile || join(import.meta.dirname, '.profiles');
  if (!(seconds > 0) || counts.some((c) => !(c > 0)) || !(generatorCount >= 1) || !(pool >= 1)) {
    throw new Error('usage: rtp-relay.bench.ts [seconds>0] [calls,calls,…] [--generators=N≥1] [--pool=N≥1]');
  }
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `${os.platform()} ${os.release()}, Node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `${seconds} s per step after ${WARM_UP_MS / 1000} s warm-up; 50 packets/s per direction per call; ` +
      `${generatorCount} generator processes, ${pool} sockets per side each; loss limit ${LOSS_LIMIT_PERCENT} %` +
      (profileDir ? `; relay CPU profile → ${profileDir}` : '') +
      '\n',
  );
  const suts: Record<Mode, Sut> = {
    forwarder: new Peer('rtp-relay/system-under-test.ts', ['forwarder']),
    relay: new Peer(
      'rtp-relay/system-under-test.ts',
      ['relay'],
      profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
    ),
  };
  const results: StepResult[] = [];
  const searching = new Set<Mode>(['forwarder', 'relay']);
  try {
    for (const calls of counts) {
      for (const mode of ['forwarder', 'relay'] as const) {
        if (!searching.has(mode)) continue;
        const r = await measure(mode, suts[mode], calls, seconds, generatorCount, pool);
        results.push(r);
        print(r);
        if (!valid(r)) searching.delete(mode);
      }
      if (searching.size === 0) break;
    }
  } finally {
    for (const sut of Object.values(suts)) {
      sut.send({ type: 'exit' });
      await Promise.race([sut.exited(), sleep(5000)]);
      sut.process.kill();
    }
  }

  console.log('');
  for (const mode of ['relay', 'forwarder'] as const) {
    const own = results.filter((r) => r.mode === mode);
    const ok = own.filter(valid).at(-1);
    const last = own.at(-1);
    const limit =
      last === undefined || valid(last)
        ? `search bound ${Math.max(...counts)} reached`
        : last.offered < MIN_OFFERED
          ? `generators could not offer ${last.calls} calls on this machine`
          : last.misrouted > 0
            ? `misrouted packets at ${last.calls}`
            : `loss ≥ 0.1 % at ${last.calls}`;
    console.log(`${mode}: max measured calls at < 0.1 % loss: ${ok?.calls ?? 0} (${limit})`);
  }
  // Throughput per core: the forwarder's CPU per packet over the relay's, on steps both offered fully.
  const pairs = counts
    .map((calls) => ({
      calls,
      relay: results.find((r) => r.mode === 'relay' && r.calls === calls),
      forwarder: results.find((r) => r.mode === 'forwarder' && r.calls === calls),
    }))
    .filter(
      (p) => p.relay && p.forwarder && p.relay.offered >= MIN_OFFERED && p.forwarder.offered >= MIN_OFFERED,
    );
  for (const p of pairs) {
    console.log(
      `${String(p.calls).padStart(5)} calls: relay ${p.relay!.sutMicrosPerPacket.toFixed(2)} µs/packet, ` +
        `forwarder ${p.forwarder!.sutMicrosPerPacket.toFixed(2)} µs/packet → relay throughput per core ` +
        `${((100 * p.forwarder!.sutMicrosPerPacket) / p.relay!.sutMicrosPerPacket).toFixed(0)} % of the forwarder's`,
    );
  }
  if (pairs.length > 0) {
    const relayCost = sum(pairs.map((p) => p.relay!.sutMicrosPerPacket)) / pairs.length;
    const forwarderCost = sum(pairs.map((p) => p.forwarder!.sutMicrosPerPacket)) / pairs.length;
    console.log(
      `mean over those steps: relay ${relayCost.toFixed(2)} µs, forwarder ${forwarderCost.toFixed(2)} µs → ` +
        `relay throughput per core ${((100 * forwarderCost) / relayCost).toFixed(0)} % of the forwarder's; ` +
        `projected calls on one full core (100 packets/s per call, a projection, not a measurement): ` +
        `relay ${Math.floor(1e6 / relayCost / PACKETS_PER_CALL_SECOND)}, forwarder ${Math.floor(1e6 / forwarderCost / PACKETS_PER_CALL_SECOND)}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * Concurrent relayed G.711 calls through the edge's RtpRelay, against a plain Node.js UDP forwarder
 * measured in the same run on the same machine.
 *
 *   pnpm exec tsx bench/rtp-relay.bench.ts [secondsPerStep] [callCounts]
 *   pnpm exec tsx bench/rtp-relay.bench.ts 5 100,250,500,750,1000      # the defaults
 *
 * Topology (loopback only): this process is the phones — it sends a 172-octet PCMU packet every
 * 20 ms in each direction of every call (50 packets/s per direction) from a small pool of sockets,
 * and counts what comes back. The system under test runs in a child process, so it has a core of
 * its own: either
 *   - `relay`:     RtpRelay with one session per call, two legs (RTP + RTCP sockets each), codecs
 *                  set, bridged — latching, RFC 3550 statistics and RFC 4733 inspection included;
 *   - `forwarder`: two sockets per call, each `on('message')` sending to a fixed address — the
 *                  least a Node.js relay can do.
 * For each call count (a bounded ascending search, stopping at the first step with ≥ 0.1 % loss),
 * after a 1 s warm-up, for `secondsPerStep`: packets sent and received, loss %, misrouted packets,
 * and the CPU time the child used (% of one core). Reported: the largest call count with < 0.1 %
 * loss for each, the ratio relay/forwarder, and CPU per call.
 */
import { fork } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import os from 'node:os';
import { FrameClock } from '../media/src/media-engine/frame-clock';
import type { RelaySession } from '../media/src/rtp-relay/relay-session';
import { RtpRelay } from '../media/src/rtp-relay/rtp-relay';

type Mode = 'relay' | 'forwarder';

interface SetupMessage {
  readonly type: 'setup';
  readonly remotesA: readonly number[];
  readonly remotesB: readonly number[];
}
type ParentMessage = SetupMessage | { readonly type: 'cpu' } | { readonly type: 'teardown' };
type ChildMessage =
  | { readonly type: 'ready'; readonly ports: readonly (readonly [number, number])[] }
  | { readonly type: 'cpu'; readonly micros: number }
  | { readonly type: 'done' };

const LOOPBACK = '127.0.0.1';
const POOL = 16;
const LOSS_LIMIT = 0.001;
/** Below this share of the nominal send rate the generator, not the system under test, is the limit. */
const MIN_OFFERED = 0.97;

// ---------------------------------------------------------------- child: the system under test

async function runChild(mode: Mode): Promise<void> {
  const send = (m: ChildMessage) => process.send?.(m);
  let teardown: () => void = () => {};
  const relay =
    mode === 'relay' ? new RtpRelay({ portMin: 20_000, portMax: 29_999, bindAddress: LOOPBACK }) : undefined;
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', micros: user + system });
    } else if (message.type === 'teardown') {
      teardown();
      send({ type: 'done' });
    } else {
      const built = relay ? await setupRelay(relay, message) : await setupForwarder(message);
      teardown = built.teardown;
      send({ type: 'ready', ports: built.ports });
    }
  });
}

async function setupRelay(relay: RtpRelay, setup: SetupMessage) {
  const sessions: RelaySession[] = [];
  const ports: [number, number][] = [];
  for (let i = 0; i < setup.remotesA.length; i++) {
    const session = relay.createSession(`call-${i}`);
    const a = await session.addLeg('a');
    const b = await session.addLeg('b');
    for (const leg of [a, b])
      leg.setCodec({ payloadType: 0, encoding: 'PCMU', telephoneEventPayloadType: 101 });
    a.setRemote(LOOPBACK, setup.remotesA[i]!);
    b.setRemote(LOOPBACK, setup.remotesB[i]!);
    session.bridge(a, b);
    sessions.push(session);
    ports.push([a.local.port, b.local.port]);
  }
  return {
    ports,
    teardown: () => {
      for (const s of sessions) s.close();
    },
  };
}

function bindSocket(port = 0): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.bind(port, LOOPBACK, () => resolve(socket));
  });
}

async function setupForwarder(setup: SetupMessage) {
  const sockets: Socket[] = [];
  const ports: [number, number][] = [];
  for (let i = 0; i < setup.remotesA.length; i++) {
    const a = await bindSocket();
    const b = await bindSocket();
    const toA = setup.remotesA[i]!;
    const toB = setup.remotesB[i]!;
    a.on('message', (m) => b.send(m, toB, LOOPBACK));
    b.on('message', (m) => a.send(m, toA, LOOPBACK));
    sockets.push(a, b);
    ports.push([a.address().port, b.address().port]);
  }
  return {
    ports,
    teardown: () => {
      for (const s of sockets) s.close();
    },
  };
}

// ---------------------------------------------------------------- parent: the phones

class Child {
  readonly #process;
  #waiting: ((m: ChildMessage) => void) | undefined;

  constructor(mode: Mode) {
    this.#process = fork(process.argv[1]!, ['--child', mode], { stdio: 'inherit' });
    this.#process.on('message', (m: ChildMessage) => this.#waiting?.(m));
  }

  ask<T extends ChildMessage['type']>(
    message: ParentMessage,
    reply: T,
  ): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve) => {
      this.#waiting = (m) => {
        if (m.type === reply) resolve(m as Extract<ChildMessage, { type: T }>);
      };
      this.#process.send(message);
    });
  }

  kill(): void {
    this.#process.kill();
  }
}

interface StepResult {
  readonly calls: number;
  readonly sent: number;
  readonly received: number;
  readonly misrouted: number;
  readonly lossPercent: number;
  readonly cpuPercent: number;
  /** Share of the nominal 100 packets/s per call the generator managed to send (1 = all). */
  readonly offered: number;
  /** CPU time of the system under test per packet it forwarded, µs: comparable at any offered load. */
  readonly cpuMicrosPerPacket: number;
}

async function measure(child: Child, calls: number, seconds: number): Promise<StepResult> {
  const poolA = await Promise.all(Array.from({ length: POOL }, () => bindSocket()));
  const poolB = await Promise.all(Array.from({ length: POOL }, () => bindSocket()));
  let counting = false;
  let received = 0;
  let misrouted = 0;
  // SSRC = 2·call + direction (0: A→B, 1: B→A); a packet must arrive at the other side's pool
  for (const [pool, expected] of [
    [poolA, 1],
    [poolB, 0],
  ] as const) {
    for (const s of pool) {
      s.setRecvBufferSize(4 * 1024 * 1024);
      s.on('message', (m) => {
        if (!counting) return;
        if ((m.readUInt32BE(8) & 1) === expected) received++;
        else misrouted++;
      });
    }
  }
  const { ports } = await child.ask(
    {
      type: 'setup',
      remotesA: Array.from({ length: calls }, (_, i) => poolA[i % POOL]!.address().port),
      remotesB: Array.from({ length: calls }, (_, i) => poolB[i % POOL]!.address().port),
    },
    'ready',
  );

  const payload = Buffer.alloc(160, 0xff);
  const seq = new Uint16Array(calls * 2);
  let sent = 0;
  const packet = (call: number, direction: number): Buffer => {
    const stream = call * 2 + direction;
    const out = Buffer.allocUnsafe(172);
    out[0] = 0x80;
    out[1] = 0;
    out.writeUInt16BE(seq[stream]!, 2);
    out.writeUInt32BE((seq[stream]! * 160) >>> 0, 4);
    out.writeUInt32BE(stream, 8);
    payload.copy(out, 12);
    seq[stream] = (seq[stream]! + 1) & 0xffff;
    return out;
  };
  // four groups of calls, 5 ms apart, so the 20 ms frames do not all leave at the same instant
  const clock = new FrameClock({ frameMs: 5, maxCatchUpFrames: 4 });
  let group = 0;
  const stop = clock.subscribe(() => {
    for (let call = group; call < calls; call += 4) {
      const [portA, portB] = ports[call]!;
      poolA[call % POOL]!.send(packet(call, 0), portA, LOOPBACK);
      poolB[call % POOL]!.send(packet(call, 1), portB, LOOPBACK);
      if (counting) sent += 2;
    }
    group = (group + 1) % 4;
  });
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await sleep(1000); // warm-up: latching, JIT, probation of the statistics
  const cpuStart = (await child.ask({ type: 'cpu' }, 'cpu')).micros;
  const wallStart = performance.now();
  counting = true;
  await sleep(seconds * 1000);
  stop();
  const wall = performance.now() - wallStart;
  const cpuEnd = (await child.ask({ type: 'cpu' }, 'cpu')).micros;
  await sleep(300); // in-flight packets
  counting = false;
  await child.ask({ type: 'teardown' }, 'done');
  for (const s of [...poolA, ...poolB]) s.close();
  const lost = Math.max(0, sent - received - misrouted);
  return {
    calls,
    sent,
    received,
    misrouted,
    lossPercent: sent === 0 ? 100 : (100 * lost) / sent,
    cpuPercent: (100 * (cpuEnd - cpuStart)) / 1000 / wall,
    offered: sent / ((calls * 100 * wall) / 1000),
    cpuMicrosPerPacket: (cpuEnd - cpuStart) / Math.max(1, received),
  };
}

async function search(mode: Mode, counts: readonly number[], seconds: number): Promise<StepResult[]> {
  const child = new Child(mode);
  const results: StepResult[] = [];
  try {
    for (const calls of counts) {
      const r = await measure(child, calls, seconds);
      results.push(r);
      console.log(
        `${mode.padEnd(9)} ${String(calls).padStart(5)} calls  sent ${String(r.sent).padStart(7)}  ` +
          `loss ${r.lossPercent.toFixed(3).padStart(7)} %  misrouted ${r.misrouted}  CPU ${r.cpuPercent.toFixed(1).padStart(5)} % of a core, ${r.cpuMicrosPerPacket.toFixed(1)} µs/packet  ` +
          `offered ${(100 * r.offered).toFixed(0)} % of nominal${r.offered < MIN_OFFERED ? ' (generator-bound: step not valid)' : ''}`,
      );
      if (!valid(r)) break;
    }
  } finally {
    child.kill();
  }
  return results;
}

/** A step counts when loss stayed under the limit, nothing was misrouted, and the load was really offered. */
function valid(r: StepResult): boolean {
  return r.lossPercent < LOSS_LIMIT * 100 && r.misrouted === 0 && r.offered >= MIN_OFFERED;
}

function best(results: readonly StepResult[]): StepResult | undefined {
  return results.filter(valid).at(-1);
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 5);
  const counts = (process.argv[3] ?? '100,250,500,750,1000').split(',').map(Number);
  const cpus = os.cpus();
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `${os.platform()} ${os.release()}, Node ${process.version}, load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `${seconds} s per step after 1 s warm-up; 50 packets/s per direction per call; loss limit 0.1 %\n`,
  );
  const forwarder = await search('forwarder', counts, seconds);
  const relay = await search('relay', counts, seconds);
  for (const [mode, results] of [
    ['relay', relay],
    ['forwarder', forwarder],
  ] as const) {
    const ok = best(results);
    const last = results.at(-1);
    const limit =
      last === undefined || valid(last)
        ? `search bound ${Math.max(...counts)} reached`
        : last.offered < MIN_OFFERED
          ? `generator could not offer ${last.calls} calls on this machine`
          : `loss ≥ 0.1 % at ${last.calls}`;
    console.log(`\n${mode}: max measured calls at < 0.1 % loss: ${ok?.calls ?? 0} (${limit})`);
  }
  const perPacket = (results: readonly StepResult[]) => {
    const valid = results.filter((r) => r.offered >= MIN_OFFERED);
    return valid.reduce((sum, r) => sum + r.cpuMicrosPerPacket, 0) / Math.max(1, valid.length);
  };
  const relayCost = perPacket(relay);
  const forwarderCost = perPacket(forwarder);
  console.log(
    `CPU per forwarded packet (mean of fully offered steps): relay ${relayCost.toFixed(1)} µs, ` +
      `forwarder ${forwarderCost.toFixed(1)} µs → relay throughput per core ${((100 * forwarderCost) / relayCost).toFixed(0)} % of the forwarder's`,
  );
  console.log(
    `projected calls on one full core (100 packets/s per call): relay ${Math.floor(1e6 / relayCost / 100)}, ` +
      `forwarder ${Math.floor(1e6 / forwarderCost / 100)} (a projection from CPU cost, not a measurement)`,
  );
}

if (process.argv[2] === '--child') {
  void runChild(process.argv[3] === 'relay' ? 'relay' : 'forwarder');
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * One call generator of the RTP relay benchmark (a child process; the orchestrator starts several,
 * each owning a contiguous share of the calls). For every owned call it plays both phones: a
 * 172-octet PCMU packet every 20 ms in each direction (50 packets/s per direction), paced by a
 * FrameClock ticking every 5 ms with a quarter of the calls per tick so the frames do not all leave
 * at the same instant, from a small pool of sockets per side; and it counts what the system under
 * test forwards back.
 *
 * Each packet is exact to account for: SSRC = 2·call + direction (0: A→B, 1: B→A), so a packet
 * arriving on the wrong side or for a call this generator does not own is misrouted; the first
 * payload octet marks packets sent during the counting phase (only those are counted on receipt, so
 * the warm-up and the start/stop skew between processes cannot make loss negative or hide it); the
 * next eight carry the send tick's CLOCK_MONOTONIC time (µs, shared by all processes of the
 * machine) for the one-way delay through the system under test. Packet buffers are built once per
 * stream and rewritten in place: a stream sends every 20 ms, long after its previous datagram left.
 */
import { createSocket, type Socket } from 'node:dgram';
import { FrameClock } from '../../media/src/media-engine/frame-clock';
import {
  type FromGenerator,
  LATENCY_BUCKET_MICROS,
  LATENCY_BUCKETS,
  LOOPBACK,
  PACKET_BYTES,
  type ToGenerator,
} from './messages';

const MARK_OFFSET = 12;
const TIME_OFFSET = 13;
const GROUPS = 4;

const send = (message: FromGenerator) => process.send?.(message);
const nowMicros = () => Number(process.hrtime.bigint()) / 1000;

function bindSocket(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.bind(0, LOOPBACK, () => resolve(socket));
  });
}

let firstCall = 0;
let calls = 0;
let poolA: Socket[] = [];
let poolB: Socket[] = [];
let packets: Buffer[] = [];
let counting = false;
let sent = 0;
let received = 0;
let misrouted = 0;
const latency = new Uint32Array(LATENCY_BUCKETS);
let countStartMs = 0;
let countEndMs = 0;
let cpuStart = 0;
let cpuEnd = 0;
let stopClock: () => void = () => {};

function onPacket(message: Buffer, expectedDirection: number): void {
  if (message.length !== PACKET_BYTES) {
    misrouted++;
    return;
  }
  const ssrc = message.readUInt32BE(8);
  const call = ssrc >>> 1;
  if ((ssrc & 1) !== expectedDirection || call < firstCall || call >= firstCall + calls) {
    misrouted++;
    return;
  }
  if (message[MARK_OFFSET] !== 1) return;
  received++;
  const delay = nowMicros() - message.readDoubleBE(TIME_OFFSET);
  latency[Math.min(LATENCY_BUCKETS - 1, Math.max(0, Math.floor(delay / LATENCY_BUCKET_MICROS)))]!++;
}

async function init(message: Extract<ToGenerator, { type: 'init' }>): Promise<void> {
  firstCall = message.firstCall;
  calls = message.calls;
  poolA = await Promise.all(Array.from({ length: message.pool }, () => bindSocket()));
  poolB = await Promise.all(Array.from({ length: message.pool }, () => bindSocket()));
  // A side receives what B sent (direction 1), and the other way round.
  for (const [pool, expected] of [
    [poolA, 1],
    [poolB, 0],
  ] as const) {
    for (const socket of pool) {
      socket.setRecvBufferSize(4 * 1024 * 1024);
      socket.on('message', (m) => onPacket(m, expected));
    }
  }
  packets = Array.from({ length: calls * 2 }, (_, stream) => {
    const packet = Buffer.alloc(PACKET_BYTES, 0xff); // μ-law silence
    packet[0] = 0x80; // V=2
    packet[1] = 0; // PT 0 (PCMU)
    packet.writeUInt32BE(2 * firstCall + stream, 8);
    packet[MARK_OFFSET] = 0;
    return packet;
  });
  send({
    type: 'bound',
    remotes: Array.from(
      { length: calls },
      (_, i) => [poolA[i % poolA.length]!.address().port, poolB[i % poolB.length]!.address().port] as const,
    ),
  });
}

function start(targets: readonly (readonly [number, number])[]): void {
  const clock = new FrameClock({ frameMs: 20 / GROUPS, maxCatchUpFrames: GROUPS });
  let group = 0;
  stopClock = clock.subscribe(() => {
    const now = nowMicros();
    const mark = counting ? 1 : 0;
    for (let call = group; call < calls; call += GROUPS) {
      const [portA, portB] = targets[call]!;
      for (let direction = 0; direction < 2; direction++) {
        const packet = packets[call * 2 + direction]!;
        const seq = (packet.readUInt16BE(2) + 1) & 0xffff;
        packet.writeUInt16BE(seq, 2);
        packet.writeUInt32BE((packet.readUInt32BE(4) + 160) >>> 0, 4);
        packet[MARK_OFFSET] = mark;
        packet.writeDoubleBE(now, TIME_OFFSET);
        const pool = direction === 0 ? poolA : poolB;
        pool[call % pool.length]!.send(packet, direction === 0 ? portA : portB, LOOPBACK);
      }
      if (counting) sent += 2;
    }
    group = (group + 1) % GROUPS;
  });
  send({ type: 'sending' });
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

process.on('message', (message: ToGenerator) => {
  switch (message.type) {
    case 'init':
      void init(message);
      break;
    case 'start':
      start(message.targets);
      break;
    case 'count':
      counting = true;
      countStartMs = performance.now();
      cpuStart = cpuMicros();
      break;
    case 'stop': {
      stopClock();
      countEndMs = performance.now();
      cpuEnd = cpuMicros();
      const stoppedAt = performance.now();
      let lastReceived = -1;
      const drain = setInterval(() => {
        const quiet = received === lastReceived;
        lastReceived = received;
        const waited = performance.now() - stoppedAt;
        if (!(waited >= message.maxDrainMs || (quiet && waited >= message.drainMs))) return;
        clearInterval(drain);
        counting = false;
        for (const socket of [...poolA, ...poolB]) socket.close();
        send({
          type: 'report',
          sent,
          received,
          misrouted,
          countingMs: countEndMs - countStartMs,
          cpuMicros: cpuEnd - cpuStart,
          latency: [...latency],
        });
      }, message.drainMs);
      break;
    }
  }
});

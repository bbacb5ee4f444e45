/**
 * RTP and G.711 throughput of @carillon/rtp, with a reference measured in the same run.
 *
 *   pnpm exec tsx bench/rtp.bench.ts [secondsPerCase]
 *
 * Cases, each for a fixed CPU time on one thread after a warm-up:
 *   - RTP parse + serialize of a 20 ms PCMU packet (12-octet header + 160 octets), packets/s;
 *     reference: copying the same 172 octets into a new Buffer (`Buffer.from(buf)`).
 *   - G.711 μ-law and A-law encode of 160 samples, and decode of 160 codes, samples/s;
 *     reference: copying the same 160 samples into a new Int16Array (`slice()`).
 * The ratio ours / reference says how many plain copies one operation costs, which travels better
 * between machines than the raw figure.
 */
import os from 'node:os';
import { decodeG711, encodeG711, generateSine, parseRtpPacket, serializeRtpPacket } from '@carillon/rtp';

const seconds = Number(process.argv[2] ?? 2);

const samples = generateSine(1000, -10, { durationMs: 20 });
const mulaw = encodeG711(samples, 'mulaw');
const alaw = encodeG711(samples, 'alaw');
const packet = serializeRtpPacket({
  marker: false,
  payloadType: 0,
  sequenceNumber: 4711,
  timestamp: 123_456,
  ssrc: 0xdeadbeef,
  payload: mulaw,
});

/** CPU time (user + system) of this process in nanoseconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/** Calls of `fn` per CPU-second, measured for `secs` seconds after a warm-up of a quarter of that. */
function measure(fn: () => number, secs: number): number {
  let sink = 0;
  const warmEnd = cpuNow() + secs * 0.25 * 1e9;
  while (cpuNow() < warmEnd) for (let i = 0; i < 256; i++) sink += fn();
  const start = cpuNow();
  const end = start + secs * 1e9;
  let calls = 0;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 256; i++) sink += fn();
    calls += 256;
    now = cpuNow();
  }
  if (sink === -1) console.log('unreachable');
  return calls / ((now - start) / 1e9);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(14);

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores), node ${process.version}`,
);
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (other processes share the cores)`,
);
console.log(`${seconds} CPU-s per case, one thread\n`);

const copyPacket = measure(() => Buffer.from(packet).length, seconds);
const rtp = measure(() => serializeRtpPacket(parseRtpPacket(packet)).length, seconds);
console.log(`RTP packet of ${packet.length} octets, packets per CPU-second`);
console.log(`  ${'parse + serialize'.padEnd(26)}${fmt(rtp)}   ${(rtp / copyPacket).toFixed(2)}x of copy`);
console.log(`  ${'reference: Buffer copy'.padEnd(26)}${fmt(copyPacket)}\n`);

const n = samples.length;
const copySamples = measure(() => samples.slice().length, seconds) * n;
const rows: [string, number][] = [
  ['μ-law encode', measure(() => encodeG711(samples, 'mulaw').length, seconds) * n],
  ['μ-law decode', measure(() => decodeG711(mulaw, 'mulaw').length, seconds) * n],
  ['A-law encode', measure(() => encodeG711(samples, 'alaw').length, seconds) * n],
  ['A-law decode', measure(() => decodeG711(alaw, 'alaw').length, seconds) * n],
];
console.log(`G.711 in frames of ${n} samples, samples per CPU-second`);
for (const [name, rate] of rows)
  console.log(`  ${name.padEnd(26)}${fmt(rate)}   ${(rate / copySamples).toFixed(2)}x of copy`);
console.log(`  ${'reference: Int16Array copy'.padEnd(26)}${fmt(copySamples)}`);

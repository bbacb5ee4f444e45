import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTone, generateSine, readWav, writeWav } from '@carillon/rtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededDevice, seedTenant } from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { BaresipPhone } from './baresip/baresip-phone';
import { type CallStack, startCallStack } from './call-stack';

/*
 * Two real softphones (Debian's baresip) call each other through the edge: the real call-control
 * app over HTTP decides the routing, the edge relays RTP. Phone 201 registers over UDP, phone 202
 * over TCP; 201 dials 202, which answers automatically. Each phone plays a tone from a WAV file
 * (1 kHz from 201, 1.4 kHz from 202) and records what it hears to a WAV file; each recording must
 * hold the other side's tone at its frequency and level, proving media both ways through the relay.
 *
 * The edge challenges with MD5 only here (DIGEST_ALGORITHMS): Debian's baresip 1.0 (libre) fails
 * any 401/407 that carries a non-MD5 challenge with ENOSYS ("Register: Function not implemented"),
 * even beside an MD5 one.
 */

const TONE_LEVEL_DBFS = -12;
const TONE_A_HZ = 1000;
const TONE_B_HZ = 1400;

let edge: Edge;
let workDir: string;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;
const phones: BaresipPhone[] = [];

function heardWav(dir: string): string {
  const name = readdirSync(dir).find((f) => f.endsWith('-dec.wav'));
  if (!name) throw new Error(`no decoded-audio dump in ${dir}: ${readdirSync(dir).join(', ')}`);
  return join(dir, name);
}

function toneWav(name: string, frequency: number): string {
  const path = join(workDir, name);
  // Longer than the call, so the source never runs dry while the test listens.
  const samples = generateSine(frequency, TONE_LEVEL_DBFS, { durationMs: 20_000, sampleRate: 8000 });
  writeFileSync(path, writeWav({ encoding: 'pcm16', sampleRate: 8000, samples }));
  return path;
}

let stack: CallStack;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'carillon-baresip-'));
  stack = await startCallStack('baresip-call', {
    DIGEST_ALGORITHMS: 'MD5',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
  });
  ({ edge, tenant, alice, bob } = stack);
}, 30_000);

afterAll(async () => {
  await Promise.all(phones.map((phone) => phone.stop()));
  await stack?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('two baresip phones calling through the edge', () => {
  it('register over UDP and TCP, and each hears the tone the other sends, at its frequency and level', async () => {
    const udpPort = edge.ports.UDP;
    const tcpPort = edge.ports.TCP;
    if (udpPort === undefined || tcpPort === undefined) throw new Error('edge has no UDP or TCP port');

    // Arrange: 201 on UDP sends 1 kHz; 202 on TCP sends 1.4 kHz and answers by itself.
    const phoneA = await BaresipPhone.start({
      dir: join(workDir, 'a'),
      domain: tenant.sipDomain,
      username: alice.device.sipUsername,
      password: alice.sipPassword,
      edgePort: udpPort,
      transport: 'udp',
      sourceWav: toneWav('tone-a.wav', TONE_A_HZ),
    });
    phones.push(phoneA);
    const phoneB = await BaresipPhone.start({
      dir: join(workDir, 'b'),
      domain: tenant.sipDomain,
      username: bob.device.sipUsername,
      password: bob.sipPassword,
      edgePort: tcpPort,
      transport: 'tcp',
      sourceWav: toneWav('tone-b.wav', TONE_B_HZ),
      autoAnswer: true,
    });
    phones.push(phoneB);
    await Promise.all([
      phoneA.waitForLog(/\{\d+\/UDP\/v4\} 200 OK/, 8000, 'registration over UDP'),
      phoneB.waitForLog(/\{\d+\/TCP\/v4\} 200 OK/, 8000, 'registration over TCP'),
    ]);

    // Act: 201 dials 202; both sides talk for two seconds, then 201 hangs up.
    await phoneA.command('dial', `sip:202@${tenant.sipDomain}`);
    await Promise.all([
      phoneA.waitForLog(/Call established/, 8000, 'established call at 201'),
      phoneB.waitForLog(/Call established/, 8000, 'established call at 202'),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await phoneA.command('hangup');
    await Promise.all([phoneA.stop(), phoneB.stop()]);

    // Assert: each recording holds the other side's tone, clean, at the level it was sent.
    const heardByA = readWav(readFileSync(heardWav(phoneA.dumpDir)));
    const heardByB = readWav(readFileSync(heardWav(phoneB.dumpDir)));
    expect(heardByA.sampleRate).toBe(8000);
    expect(heardByB.sampleRate).toBe(8000);
    const toneAtA = detectTone(heardByA.samples, heardByA.sampleRate);
    const toneAtB = detectTone(heardByB.samples, heardByB.sampleRate);
    expect(Math.abs((toneAtB?.frequency ?? 0) - TONE_A_HZ)).toBeLessThan(10);
    expect(Math.abs((toneAtA?.frequency ?? 0) - TONE_B_HZ)).toBeLessThan(10);
    // G.711 quantisation costs well under 1 dB at -12 dBFS; allow 3 dB for the active-span estimate.
    expect(Math.abs((toneAtB?.levelDbfs ?? -99) - TONE_LEVEL_DBFS)).toBeLessThan(3);
    expect(Math.abs((toneAtA?.levelDbfs ?? -99) - TONE_LEVEL_DBFS)).toBeLessThan(3);
    expect(toneAtB?.purity).toBeGreaterThan(0.9);
    expect(toneAtA?.purity).toBeGreaterThan(0.9);
  }, 40_000);
});

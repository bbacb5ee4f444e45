import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTone, generateSine, readWav, writeWav } from '@carillon/rtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededDevice, seedTenant } from '../../functions/call-control/src/int-test-fixtures';
import type { Edge } from '../src/edge';
import { BaresipPhone } from './baresip/baresip-phone';
import { type CallStack, startCallStack } from './call-stack';
import { type BrowserSoftphone, openBrowserSoftphone } from './webrtc/browser-softphone';

/*
 * Issue 6 acceptance, the softphone media path: real headless Chromium runs the @carillon/softphone
 * module (JsSIP over WSS) and registers extension 201 at the edge; Debian's baresip is 202 on UDP.
 * The edge terminates WebRTC (ICE-lite, DTLS-SRTP, rtcp-mux, BUNDLE; werift) and bridges it to the
 * plain RTP of the relay, G.711 both ways, no transcoding.
 *
 * The browser's microphone is a WAV of 1 kHz (Chromium's fake capture), baresip plays 1.4 kHz.
 * Each direction is verified at the other end: baresip's decoded receive stream (sndfile dump) must
 * hold 1 kHz, and the browser's WebAudio capture of the remote stream must hold 1.4 kHz — measured
 * in the page with the Goertzel detector of packages/rtp. First the browser calls baresip, then
 * baresip calls the browser and the page answers.
 *
 * ICE stays on loopback: Chromium also offers candidates on the machine's other interfaces, and the
 * edge answers connectivity checks from 127.0.0.0/8 only (EdgeDependencies.acceptIceFrom).
 */

const BROWSER_HZ = 1000;
const PHONE_HZ = 1400;
const LEVEL_DBFS = -12;

let stack: CallStack;
let edge: Edge;
let tenant: Awaited<ReturnType<typeof seedTenant>>;
let alice: SeededDevice;
let bob: SeededDevice;
let workDir: string;
let browser: BrowserSoftphone | undefined;
const phones: BaresipPhone[] = [];

function wav(name: string, frequency: number, sampleRate: number): string {
  const path = join(workDir, name);
  const samples = generateSine(frequency, LEVEL_DBFS, { durationMs: 30_000, sampleRate });
  writeFileSync(path, writeWav({ encoding: 'pcm16', sampleRate, samples }));
  return path;
}

function heardByPhone(phone: BaresipPhone) {
  const name = readdirSync(phone.dumpDir).find((f) => f.endsWith('-dec.wav'));
  if (!name) throw new Error(`no decoded-audio dump in ${phone.dumpDir}`);
  const heard = readWav(readFileSync(join(phone.dumpDir, name)));
  return detectTone(heard.samples, heard.sampleRate);
}

async function bobPhone(dir: string, autoAnswer: boolean): Promise<BaresipPhone> {
  const udpPort = edge.ports.UDP;
  if (udpPort === undefined) throw new Error('edge has no UDP port');
  const phone = await BaresipPhone.start({
    dir: join(workDir, dir),
    domain: tenant.sipDomain,
    username: bob.device.sipUsername,
    password: bob.sipPassword,
    edgePort: udpPort,
    transport: 'udp',
    sourceWav: wav(`${dir}.wav`, PHONE_HZ, 8000),
    autoAnswer,
  });
  phones.push(phone);
  await phone.waitForLog(/\{\d+\/UDP\/v4\} 200 OK/, 8000, 'registration over UDP');
  return phone;
}

async function talk(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'carillon-webrtc-'));
  stack = await startCallStack(
    'webrtc-call',
    { DIGEST_ALGORITHMS: 'MD5', SIP_TCP_ENABLED: 'false', SIP_TLS_ENABLED: 'false', SIP_WS_ENABLED: 'false' },
    { acceptIceFrom: (address) => address.startsWith('127.') },
  );
  ({ edge, tenant, alice, bob } = stack);
  const wssPort = edge.ports.WSS;
  if (wssPort === undefined) throw new Error('edge has no WSS port');
  browser = await openBrowserSoftphone(wav('browser-mic.wav', BROWSER_HZ, 48_000), {
    websocketUrl: `wss://127.0.0.1:${wssPort}`,
    username: alice.device.sipUsername,
    password: alice.sipPassword,
    domain: tenant.sipDomain,
    displayName: 'Alice (browser)',
    // A test tone must arrive as sent: no echo cancellation, noise suppression or gain control.
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  await browser.waitFor('registration over WSS', (api) => api.registered(), 10_000);
}, 60_000);

afterAll(async () => {
  await Promise.all(phones.map((phone) => phone.stop()));
  await browser?.close();
  await stack?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('a browser softphone (WebRTC) and a SIP phone through the edge', () => {
  it('browser calls baresip: each hears the other’s tone, G.711 through ICE-lite and DTLS-SRTP', async () => {
    if (!browser) throw new Error('no browser');
    const phone = await bobPhone('bob-answers', true);
    await browser.invoke('listen');

    await browser.invoke('dial', '202');
    await browser.waitFor('established call', (api) => api.state() === 'established', 10_000);
    await phone.waitForLog(/Call established/, 8000, 'established call at 202');
    await talk(3000);

    const inBrowser = await browser.call((api) => api.heardTone());
    await browser.invoke('hangup');
    await phone.waitForLog(/terminated|closed/i, 5000, 'hangup at 202');
    await phone.stop();
    const atPhone = heardByPhone(phone);

    expect(Math.abs((atPhone?.frequency ?? 0) - BROWSER_HZ)).toBeLessThan(15);
    expect(atPhone?.purity).toBeGreaterThan(0.8);
    expect(Math.abs((inBrowser?.frequency ?? 0) - PHONE_HZ)).toBeLessThan(15);
    expect(inBrowser?.purity).toBeGreaterThan(0.8);
    // Sent at -12 dBFS; G.711 and the browser's resampling to its audio rate cost little.
    expect(Math.abs((inBrowser?.levelDbfs ?? -99) - LEVEL_DBFS)).toBeLessThan(6);
  }, 60_000);

  it('baresip calls the browser, the page answers, and audio flows both ways', async () => {
    if (!browser) throw new Error('no browser');
    const phone = await bobPhone('bob-calls', false);
    await browser.invoke('listen');

    await phone.command('dial', `sip:201@${tenant.sipDomain}`);
    await browser.waitFor('incoming call', (api) => api.state() === 'ringing-in', 10_000);
    // The control plane presents the caller by extension (set-caller-id).
    expect(await browser.call((api) => api.incoming())).toMatch(/^sip:202@/);
    await browser.invoke('answer');
    await browser.waitFor('established call', (api) => api.state() === 'established', 10_000);
    await phone.waitForLog(/Call established/, 8000, 'established call at 202');
    await talk(3000);

    const inBrowser = await browser.call((api) => api.heardTone());
    await phone.command('hangup');
    await browser.waitFor('call ended by the phone', (api) => api.state() === 'idle', 5000);
    await phone.stop();
    const atPhone = heardByPhone(phone);

    expect(Math.abs((atPhone?.frequency ?? 0) - BROWSER_HZ)).toBeLessThan(15);
    expect(atPhone?.purity).toBeGreaterThan(0.8);
    expect(Math.abs((inBrowser?.frequency ?? 0) - PHONE_HZ)).toBeLessThan(15);
    expect(inBrowser?.purity).toBeGreaterThan(0.8);
  }, 60_000);
});

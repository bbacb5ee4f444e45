import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTone, generateSine, readWav, writeWav } from '@carillon/rtp';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey } from '../../functions/api/src/test-support/principals';
import {
  seedDevice,
  seedTenant as seedTenantRecord,
} from '../../functions/call-control/src/int-test-fixtures';
import { BaresipPhone } from '../../media/test/baresip/baresip-phone';
import { type CallStack, startCallStack } from '../../media/test/call-stack';
import { fakeMediaChromiumArgs } from '../support/webrtc/chromium-flags';
import { installToneProbe, type PageToneProbe } from '../support/webrtc/tone-probe';
import { DESKTOP, logIn, PHONE, type PortalStack, screenshot, startPortalStack } from './portal-stack';
import { PASSWORD, seedUser } from './seed';

/*
 * Issue 6 acceptance, the softphone in the portal: a user logs in through the portal UI and opens
 * /phone; the page keys the user's own WebRTC device (POST /me/softphone through the portal's /v1
 * proxy to the real API) and registers it over WSS at the real edge. Debian's baresip is
 * extension 202 on UDP. Headless Chromium's microphone is a WAV of 1 kHz (fake capture); baresip
 * plays 1.4 kHz. Each direction is verified at the other end: baresip's decoded receive stream must
 * hold 1 kHz, and the page's WebAudio recording of the far end (the softphone's <audio> element)
 * must hold 1.4 kHz, measured in the page with the Goertzel detector of packages/rtp. First the
 * portal calls baresip (typed on the keyboard), then baresip calls the portal and the test answers
 * in the incoming-call banner with the keyboard.
 *
 * The portal gets the edge's WSS URL from CARILLON_EDGE_WSS_URL (its run-time config); ICE stays on
 * loopback as in media/test/webrtc-call.int.test.ts.
 */

const BROWSER_HZ = 1000;
const PHONE_HZ = 1400;
/** The transfer target's tone (extension 203). */
const TARGET_HZ = 1800;
const LEVEL_DBFS = -12;
const REMOTE_AUDIO = 'audio[data-softphone="remote"]';

let calls: CallStack;
let stack: PortalStack;
let tenant: { tenantId: string; key: string };
let user: { id: string; email: string };
interface SipAccount {
  readonly sipUsername: string;
  readonly sipPassword: string;
  readonly domain: string;
}
let bob: SipAccount;
let carol: SipAccount;
let workDir: string;
let phonePage: Page | undefined;
const phones: BaresipPhone[] = [];
const contexts: BrowserContext[] = [];
/** Each page's console, for failure reports. */
const consoles = new Map<Page, string[]>();

/** Waits for `selector`; a timeout names what the page showed and logged. */
async function waitForSelector(page: Page, selector: string, timeout: number): Promise<void> {
  try {
    await page.locator(selector).waitFor({ timeout });
  } catch (error) {
    const status = await page
      .getByTestId('softphone-status')
      .textContent()
      .catch(() => null);
    const state = await page
      .getByTestId('call-state')
      .textContent()
      .catch(() => null);
    throw new Error(
      `${selector} not seen within ${timeout} ms; status: ${status}; call: ${state}; console:\n${(consoles.get(page) ?? []).slice(-40).join('\n')}`,
      { cause: error },
    );
  }
}

function wav(name: string, frequency: number, sampleRate: number): string {
  const path = join(workDir, name);
  const samples = generateSine(frequency, LEVEL_DBFS, { durationMs: 60_000, sampleRate });
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
  return sipPhone(bob, dir, PHONE_HZ, autoAnswer);
}

async function sipPhone(
  account: SipAccount,
  dir: string,
  hz: number,
  autoAnswer: boolean,
): Promise<BaresipPhone> {
  const udpPort = calls.edge.ports.UDP;
  if (udpPort === undefined) throw new Error('edge has no UDP port');
  const phone = await BaresipPhone.start({
    dir: join(workDir, dir),
    domain: account.domain,
    username: account.sipUsername,
    password: account.sipPassword,
    edgePort: udpPort,
    transport: 'udp',
    sourceWav: wav(`${dir}.wav`, hz, 8000),
    autoAnswer,
  });
  phones.push(phone);
  await phone.waitForLog(/\{\d+\/UDP\/v4\} 200 OK/, 8000, 'registration over UDP');
  return phone;
}

async function talk(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Logs the user in through the portal and opens the phone, registered, with raw audio. */
async function openPhone(viewport: { width: number; height: number }): Promise<Page> {
  const context = await stack.newContext(viewport);
  contexts.push(context);
  const page = await context.newPage();
  const log: string[] = [];
  consoles.set(page, log);
  page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
  await logIn(page, stack.portalUrl, user.email, PASSWORD);
  await page.goto(`${stack.portalUrl}/phone`);
  const status = page.getByTestId('softphone-status');
  await waitForSelector(page, '[data-registration="registered"]', 15_000);
  expect(await status.textContent()).toMatch(/registered as 201-web-[0-9a-f]{6} for extension 201/);
  // A test tone must arrive as sent: the user's setting for headsets/music turns the processing off
  // (the page re-keys and registers again with the new microphone constraints).
  const processing = page.getByLabel(/echo cancellation/i);
  if (await processing.isChecked()) {
    await processing.uncheck();
    await waitForSelector(page, '[data-registration="registered"]', 15_000);
  }
  return page;
}

async function waitForState(page: Page, state: string, timeout = 10_000): Promise<void> {
  await waitForSelector(page, `[data-call-state="${state}"]`, timeout);
}

/** Records the far end in the page once the softphone has attached its stream. */
async function listen(page: Page): Promise<PageToneProbe> {
  const probe = await installToneProbe(page);
  const deadline = Date.now() + 5000;
  while (!(await probe.listenToElement(REMOTE_AUDIO))) {
    if (Date.now() > deadline) throw new Error('the softphone attached no remote stream');
    await talk(100);
  }
  return probe;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'carillon-portal-phone-'));
  calls = await startCallStack(
    'portal-phone',
    { DIGEST_ALGORITHMS: 'MD5', SIP_TCP_ENABLED: 'false', SIP_TLS_ENABLED: 'false', SIP_WS_ENABLED: 'false' },
    { acceptIceFrom: (address) => address.startsWith('127.') },
  );
  const wssPort = calls.edge.ports.WSS;
  if (wssPort === undefined) throw new Error('edge has no WSS port');
  // The portal's run-time config, inherited by its `next start` process.
  process.env.CARILLON_EDGE_WSS_URL = `wss://127.0.0.1:${wssPort}`;
  stack = await startPortalStack({
    chromiumArgs: fakeMediaChromiumArgs(wav('browser-mic.wav', BROWSER_HZ, 48_000)),
  });
  // A tenant record with its SIP domain (the softphone's realm), and an admin key to seed users.
  const tenantRecord = await seedTenantRecord(stack.store);
  const admin = await apiKey(stack.store, { kind: 'tenant', id: tenantRecord.id }, ['users:write']);
  tenant = { tenantId: tenantRecord.id, key: admin.key };
  user = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '201',
    firstName: 'Paula',
    lastName: 'Portal',
  });
  const bobUser = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '202',
    firstName: 'Bob',
    lastName: 'Baresip',
  });
  const seeded = await seedDevice(
    stack.store,
    tenantRecord,
    await stack.store.users.get({ tenantId: tenant.tenantId }, bobUser.id),
  );
  bob = {
    sipUsername: seeded.device.sipUsername,
    sipPassword: seeded.sipPassword,
    domain: tenantRecord.sipDomain,
  };
  const carolUser = await seedUser(stack.app, tenant.tenantId, tenant.key, {
    role: 'user',
    extensionNumber: '203',
    firstName: 'Carol',
    lastName: 'Target',
  });
  const carolDevice = await seedDevice(
    stack.store,
    tenantRecord,
    await stack.store.users.get({ tenantId: tenant.tenantId }, carolUser.id),
  );
  carol = {
    sipUsername: carolDevice.device.sipUsername,
    sipPassword: carolDevice.sipPassword,
    domain: tenantRecord.sipDomain,
  };
}, 600_000);

afterAll(async () => {
  await Promise.all(phones.map((phone) => phone.stop()));
  for (const context of contexts) await context.close().catch(() => undefined);
  await stack?.stop();
  await calls?.stop();
  delete process.env.CARILLON_EDGE_WSS_URL;
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('portal: the browser softphone on /phone', () => {
  it('calls a SIP phone from the keyboard; each side hears the other’s tone; DTMF, hold and mute in the call', async () => {
    const page = await openPhone(DESKTOP);
    phonePage = page;
    await screenshot(page, 'phone-desktop');
    const phone = await bobPhone('bob-answers', true);

    // Typed on the dial pad: focus a key, type the digits, dial with Enter in the number field.
    await page.getByRole('button', { name: '1', exact: true }).focus();
    await page.keyboard.type('202');
    const number = page.getByLabel('Number or address', { exact: true });
    expect(await number.inputValue()).toBe('202');
    await number.press('Enter');
    await waitForState(page, 'established');
    await phone.waitForLog(/Call established/, 8000, 'established call at 202');
    const probe = await listen(page);
    await talk(3000);
    await screenshot(page, 'phone-in-call-desktop');

    const inBrowser = await probe.heardTone();

    // In the call the dial pad sends RFC 4733 events, which the edge passes through to baresip.
    await page.getByRole('button', { name: '5', exact: true }).click();
    await phone.waitForLog(/received event: '5' \(end=1\)/, 5000, 'the RFC 4733 event 5');
    // Hold and resume (re-INVITE a=sendonly, then sendrecv), mute and unmute: pressed state announced.
    const hold = page.getByRole('button', { name: 'Hold' });
    await hold.click();
    await waitForState(page, 'on-hold');
    expect(await page.getByRole('button', { name: 'Resume' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitForState(page, 'established');
    const mute = page.getByRole('button', { name: 'Mute' });
    await mute.click();
    expect(await page.getByRole('button', { name: 'Unmute' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Unmute' }).click();
    // A transfer the PBX refuses leaves the call up and says why (the edge has no REFER yet).
    await page.getByLabel('Transfer to (number or address)').fill('203');
    await page.getByRole('button', { name: 'Transfer now' }).click();
    const refused = page.getByRole('status').filter({ hasText: 'Transfer failed' });
    await refused.waitFor({ timeout: 5000 });
    expect(await refused.textContent()).toMatch(/Transfer failed: 405 Method Not Allowed/);
    expect(await page.locator('[data-call-state]').getAttribute('data-call-state')).toBe('established');

    await page.getByRole('button', { name: 'Hang up' }).click();
    await waitForState(page, 'idle');
    await phone.waitForLog(/terminated|closed/i, 5000, 'hangup at 202');
    await phone.stop();
    const atPhone = heardByPhone(phone);

    expect(Math.abs((atPhone?.frequency ?? 0) - BROWSER_HZ)).toBeLessThan(15);
    expect(atPhone?.purity).toBeGreaterThan(0.8);
    expect(Math.abs((inBrowser?.frequency ?? 0) - PHONE_HZ)).toBeLessThan(15);
    expect(inBrowser?.purity).toBeGreaterThan(0.8);

    // This browser's call list, with the way to the full CDR list.
    const history = page.getByRole('region', { name: 'Calls on this browser' });
    expect(await history.getByRole('row').count()).toBe(2);
    expect(await history.getByRole('cell', { name: /Answered/ }).count()).toBe(1);
    expect(await history.getByRole('link', { name: 'All my calls' }).getAttribute('href')).toBe('/me/calls');
  }, 120_000);

  it('rings in the page when the SIP phone calls; answered from the banner, audio flows both ways', async () => {
    // The same registered page, at phone width (a second page would re-key the device).
    const page = phonePage;
    if (!page) throw new Error('the first test opened no phone page');
    await page.setViewportSize(PHONE);
    const phone = await bobPhone('bob-calls', false);

    await phone.command('dial', `sip:201@${bob.domain}`);
    const banner = page.getByRole('alert', { name: 'Incoming call' });
    await banner.waitFor({ timeout: 10_000 });
    expect(await banner.textContent()).toMatch(/Incoming call from .*202/);
    await screenshot(page, 'phone-incoming-phone');
    // The banner's Answer button has the focus: Enter answers.
    await page.keyboard.press('Enter');
    await waitForState(page, 'established');
    await phone.waitForLog(/Call established/, 8000, 'established call at 202');
    const probe = await listen(page);
    await talk(3000);

    const inBrowser = await probe.heardTone();
    await phone.command('hangup');
    await waitForState(page, 'idle');
    await phone.stop();
    const atPhone = heardByPhone(phone);

    expect(Math.abs((atPhone?.frequency ?? 0) - BROWSER_HZ)).toBeLessThan(15);
    expect(atPhone?.purity).toBeGreaterThan(0.8);
    expect(Math.abs((inBrowser?.frequency ?? 0) - PHONE_HZ)).toBeLessThan(15);
    expect(inBrowser?.purity).toBeGreaterThan(0.8);
    await screenshot(page, 'phone-phone');
  }, 120_000);

  it('attended transfer: consults 203 while 202 is held, hears 203, and takes 202 back when the edge refuses the REFER', async () => {
    const page = phonePage;
    if (!page) throw new Error('the first test opened no phone page');
    await page.setViewportSize(DESKTOP);
    const held = await bobPhone('bob-held', true);
    const target = await sipPhone(carol, 'carol-target', TARGET_HZ, true);

    const number = page.getByLabel('Number or address', { exact: true });
    await number.fill('202');
    await number.press('Enter');
    await waitForState(page, 'established');
    await held.waitForLog(/Call established/, 8000, 'established call at 202');

    await page.getByLabel('Transfer to (number or address)').fill('203');
    await page.getByRole('button', { name: 'Call first, then transfer' }).click();
    await waitForState(page, 'on-hold');
    await waitForSelector(page, '[data-consult-state="established"]', 10_000);
    await target.waitForLog(/Call established/, 8000, 'consultation established at 203');
    // The consultation's far end plays in its own element: 203's tone, while 202 is held.
    const probe = await installToneProbe(page);
    expect(await probe.listenToElement('audio[data-softphone="consult"]')).toBe(true);
    await talk(3000);
    const fromTarget = await probe.heardTone();
    await screenshot(page, 'phone-consultation-desktop');

    // REFER to 202 with Replaces naming the consultation (RFC 3891): the edge's B2BUA has no REFER
    // yet and refuses it; both calls stay, and cancelling takes 202 back.
    await page.getByRole('button', { name: 'Complete transfer' }).click();
    const refused = page.getByRole('status').filter({ hasText: 'Transfer failed' });
    await refused.waitFor({ timeout: 5000 });
    expect(await refused.textContent()).toMatch(/405 Method Not Allowed/);
    expect(await page.locator('[data-consult-state]').getAttribute('data-consult-state')).toBe('established');
    await page.getByRole('button', { name: 'Cancel and return' }).click();
    await target.waitForLog(/terminated|closed/i, 5000, 'consultation ended at 203');
    await waitForSelector(page, '[data-consult-state="none"]', 5000);
    await waitForState(page, 'established');

    await page.getByRole('button', { name: 'Hang up' }).click();
    await waitForState(page, 'idle');
    await held.waitForLog(/terminated|closed/i, 5000, 'hangup at 202');
    await target.stop();
    await held.stop();
    const atTarget = heardByPhone(target);

    expect(Math.abs((fromTarget?.frequency ?? 0) - TARGET_HZ)).toBeLessThan(15);
    expect(fromTarget?.purity).toBeGreaterThan(0.8);
    expect(Math.abs((atTarget?.frequency ?? 0) - BROWSER_HZ)).toBeLessThan(15);
    expect(atTarget?.purity).toBeGreaterThan(0.8);
  }, 120_000);

  it('forgets the SIP password when the user logs out', async () => {
    const page = phonePage;
    if (!page) throw new Error('the first test opened no phone page');
    // The password lives in the tab's sessionStorage for the session only.
    const stored = () => page.evaluate(() => window.sessionStorage.getItem('carillon.softphone.credentials'));
    expect(await stored()).toContain('sipPassword');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    expect(await stored()).toBeNull();
  });
});

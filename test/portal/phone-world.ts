import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTone, generateSine, readWav, writeWav } from '@carillon/rtp';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiKey } from '../../functions/api/src/test-support/principals';
import {
  seedDevice,
  seedTenant as seedTenantRecord,
} from '../../functions/call-control/src/int-test-fixtures';
import { BaresipPhone } from '../../media/test/baresip/baresip-phone';
import { type CallStack, startCallStack } from '../../media/test/call-stack';
import { fakeMediaChromiumArgs } from '../support/webrtc/chromium-flags';
import { installToneProbe, type PageToneProbe } from '../support/webrtc/tone-probe';
import { logIn, type PortalStack, startPortalStack } from './portal-stack';
import { PASSWORD, seedUser } from './seed';

/*
 * What the portal phone tests run on: the edge with call control (media/test/call-stack.ts), the
 * API and the portal's production build (portal-stack.ts) with Chromium's microphone a WAV of
 * BROWSER_HZ, and a tenant whose user on extension 201 logs in to /phone, with SIP accounts for
 * baresip on 202 (PHONE_HZ) and 203 (TARGET_HZ). The portal gets the edge's WSS URL from
 * CARILLON_EDGE_WSS_URL, its run-time config; ICE stays on loopback as in the WebRTC call test.
 */

export const BROWSER_HZ = 1000;
export const PHONE_HZ = 1400;
/** The transfer target's tone (extension 203). */
export const TARGET_HZ = 1800;
const LEVEL_DBFS = -12;
export const REMOTE_AUDIO = 'audio[data-softphone="remote"]';
export const CONSULT_AUDIO = 'audio[data-softphone="consult"]';

export interface SipAccount {
  readonly sipUsername: string;
  readonly sipPassword: string;
  readonly domain: string;
}

export interface PhoneWorld {
  readonly calls: CallStack;
  readonly stack: PortalStack;
  readonly user: { readonly id: string; readonly email: string };
  /** Extension 202 and 203, for baresip. */
  readonly bob: SipAccount;
  readonly carol: SipAccount;
  /** Logs the user in through the portal and opens /phone, registered, with raw audio. */
  openPhone(viewport: { width: number; height: number }): Promise<Page>;
  /** baresip registered for `account` over UDP, playing a tone of `hz`. */
  sipPhone(account: SipAccount, dir: string, hz: number, autoAnswer: boolean): Promise<BaresipPhone>;
  stop(): Promise<void>;
}

/** Each page's console, for failure reports. */
const consoles = new Map<Page, string[]>();

export async function startPhoneWorld(name: string): Promise<PhoneWorld> {
  const workDir = mkdtempSync(join(tmpdir(), `carillon-${name}-`));
  const phones: BaresipPhone[] = [];
  const contexts: BrowserContext[] = [];
  const wav = (file: string, frequency: number, sampleRate: number): string => {
    const path = join(workDir, file);
    const samples = generateSine(frequency, LEVEL_DBFS, { durationMs: 60_000, sampleRate });
    writeFileSync(path, writeWav({ encoding: 'pcm16', sampleRate, samples }));
    return path;
  };
  const calls = await startCallStack(
    name,
    { DIGEST_ALGORITHMS: 'MD5', SIP_TCP_ENABLED: 'false', SIP_TLS_ENABLED: 'false', SIP_WS_ENABLED: 'false' },
    { acceptIceFrom: (address) => address.startsWith('127.') },
  );
  const wssPort = calls.edge.ports.WSS;
  if (wssPort === undefined) throw new Error('edge has no WSS port');
  // The portal's run-time config, inherited by its `next start` process.
  process.env.CARILLON_EDGE_WSS_URL = `wss://127.0.0.1:${wssPort}`;
  const stack = await startPortalStack({
    chromiumArgs: fakeMediaChromiumArgs(wav('browser-mic.wav', BROWSER_HZ, 48_000)),
  });
  // A tenant record with its SIP domain (the softphone's realm), and an admin key to seed users.
  const tenant = await seedTenantRecord(stack.store);
  const admin = await apiKey(stack.store, { kind: 'tenant', id: tenant.id }, ['users:write']);
  const user = await seedUser(stack.app, tenant.id, admin.key, {
    role: 'user',
    extensionNumber: '201',
    firstName: 'Paula',
    lastName: 'Portal',
  });
  const account = async (extensionNumber: string, firstName: string): Promise<SipAccount> => {
    const seeded = await seedUser(stack.app, tenant.id, admin.key, {
      role: 'user',
      extensionNumber,
      firstName,
      lastName: 'Baresip',
    });
    const { device, sipPassword } = await seedDevice(
      stack.store,
      tenant,
      await stack.store.users.get({ tenantId: tenant.id }, seeded.id),
    );
    return { sipUsername: device.sipUsername, sipPassword, domain: tenant.sipDomain };
  };
  const bob = await account('202', 'Bob');
  const carol = await account('203', 'Carol');

  return {
    calls,
    stack,
    user,
    bob,
    carol,
    async openPhone(viewport) {
      const context = await stack.newContext(viewport);
      contexts.push(context);
      const page = await context.newPage();
      const log: string[] = [];
      consoles.set(page, log);
      page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
      await logIn(page, stack.portalUrl, user.email, PASSWORD);
      await page.goto(`${stack.portalUrl}/phone`);
      await waitForSelector(page, '[data-registration="registered"]', 15_000);
      expect(await page.getByTestId('softphone-status').textContent()).toMatch(
        /registered as 201-web-[0-9a-f]{6} for extension 201/,
      );
      // A test tone must arrive as sent: the user's setting for headsets and music turns the
      // processing off (for the calls from now on; the registration stays).
      const processing = page.getByLabel(/echo cancellation/i);
      if (await processing.isChecked()) await processing.uncheck();
      return page;
    },
    async sipPhone(sip, dir, hz, autoAnswer) {
      const udpPort = calls.edge.ports.UDP;
      if (udpPort === undefined) throw new Error('edge has no UDP port');
      const phone = await BaresipPhone.start({
        dir: join(workDir, dir),
        domain: sip.domain,
        username: sip.sipUsername,
        password: sip.sipPassword,
        edgePort: udpPort,
        transport: 'udp',
        sourceWav: wav(`${dir}.wav`, hz, 8000),
        autoAnswer,
      });
      phones.push(phone);
      await phone.waitForLog(/\{\d+\/UDP\/v4\} 200 OK/, 8000, 'registration over UDP');
      return phone;
    },
    async stop() {
      await Promise.all(phones.map((phone) => phone.stop()));
      for (const context of contexts) await context.close().catch(() => undefined);
      await stack.stop();
      await calls.stop();
      delete process.env.CARILLON_EDGE_WSS_URL;
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Waits for `selector`; a timeout names what the page showed and logged. */
export async function waitForSelector(page: Page, selector: string, timeout: number): Promise<void> {
  try {
    await page.locator(selector).waitFor({ timeout });
  } catch (error) {
    const shown = await page
      .locator('main')
      .textContent()
      .catch(() => null);
    throw new Error(
      `${selector} not seen within ${timeout} ms; page: ${shown}; console:\n${(consoles.get(page) ?? []).slice(-40).join('\n')}`,
      { cause: error },
    );
  }
}

export async function waitForState(page: Page, state: string, timeout = 10_000): Promise<void> {
  await waitForSelector(page, `[data-call-state="${state}"]`, timeout);
}

/** Records, in the page, the far end of the <audio> element `selector` once it has a stream. */
export async function listen(page: Page, selector = REMOTE_AUDIO): Promise<PageToneProbe> {
  const probe = await installToneProbe(page);
  const deadline = Date.now() + 5000;
  while (!(await probe.listenToElement(selector))) {
    if (Date.now() > deadline) throw new Error(`the softphone attached no stream to ${selector}`);
    await talk(100);
  }
  return probe;
}

/**
 * The dominant tone of what baresip decoded (its sndfile dump), after it stopped; `lastMs` looks at
 * the end only (after a transfer the same call heard one party, then another).
 */
export function heardByPhone(phone: BaresipPhone, lastMs?: number) {
  const names = readdirSync(phone.dumpDir)
    .filter((f) => f.endsWith('-dec.wav'))
    .sort();
  const name = names.at(-1);
  if (!name) throw new Error(`no decoded-audio dump in ${phone.dumpDir}`);
  const heard = readWav(readFileSync(join(phone.dumpDir, name)));
  const samples =
    lastMs === undefined
      ? heard.samples
      : heard.samples.slice(-Math.round((heard.sampleRate * lastMs) / 1000));
  return detectTone(samples, heard.sampleRate);
}

export async function talk(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

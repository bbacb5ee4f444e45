import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_HZ,
  CONSULT_AUDIO,
  heardByPhone,
  listen,
  PHONE_HZ,
  type PhoneWorld,
  startPhoneWorld,
  TARGET_HZ,
  talk,
  waitForSelector,
  waitForState,
} from './phone-world';
import { DESKTOP, PHONE, screenshot } from './portal-stack';

/*
 * Issue 6 acceptance, the softphone in the portal: a user logs in through the portal UI and opens
 * /phone; the page keys the user's own WebRTC device (POST /me/softphone through the portal's /v1
 * proxy to the real API) and registers it over WSS at the real edge. Debian's baresip is
 * extension 202 (and 203) on UDP. Headless Chromium's microphone is a WAV of 1 kHz (fake capture);
 * baresip plays 1.4 kHz (1.8 kHz on 203). Each direction is verified at the other end: baresip's
 * decoded receive stream must hold 1 kHz, and the page's WebAudio recording of the far end (the
 * softphone's <audio> element) must hold baresip's tone, measured in the page with the Goertzel
 * detector of packages/rtp. The portal calls baresip (typed on the keyboard), baresip calls the
 * portal and the test answers in the incoming-call banner with the keyboard, the portal consults
 * a second phone while the first is held; logging out forgets the SIP password.
 */

let world: PhoneWorld;
let phonePage: Page | undefined;

beforeAll(async () => {
  world = await startPhoneWorld('portal-phone');
}, 600_000);

afterAll(async () => {
  await world?.stop();
});

describe('portal: the browser softphone on /phone', () => {
  it('calls a SIP phone from the keyboard; each side hears the other’s tone; DTMF, hold and mute in the call', async () => {
    const page = await world.openPhone(DESKTOP);
    phonePage = page;
    await screenshot(page, 'phone-desktop');
    const phone = await world.sipPhone(world.bob, 'bob-answers', PHONE_HZ, true);

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
    const phone = await world.sipPhone(world.bob, 'bob-calls', PHONE_HZ, false);

    await phone.command('dial', `sip:201@${world.bob.domain}`);
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

  it('consultation: calls 203 while 202 is held, hears 203, and takes 202 back on cancel', async () => {
    const page = phonePage;
    if (!page) throw new Error('the first test opened no phone page');
    await page.setViewportSize(DESKTOP);
    const held = await world.sipPhone(world.bob, 'bob-held', PHONE_HZ, true);
    const target = await world.sipPhone(world.carol, 'carol-target', TARGET_HZ, true);

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
    const probe = await listen(page, CONSULT_AUDIO);
    await talk(3000);
    const fromTarget = await probe.heardTone();
    await screenshot(page, 'phone-consultation-desktop');

    // Changing one's mind: the consultation ends and 202 comes back from hold.
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
    // In German the page re-renders around the same registered phone.
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Telefon' }).waitFor();
    await waitForSelector(page, '[data-registration="registered"]', 5000);
    expect(await page.getByTestId('softphone-status').textContent()).toMatch(
      /^Bereit: angemeldet als 201-web-/,
    );
    expect(await page.getByRole('group', { name: 'Wähltastatur' }).getByRole('button').count()).toBe(12);
    await screenshot(page, 'phone-de-phone');
    await page.getByLabel('Sprache').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Phone' }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    expect(await stored()).toBeNull();
  });
});

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePortalBuild, freePort, startPortal } from '@carillon/embedded';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { integrationApi } from '../../functions/api/src/int-test-fixtures';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = join(repoRoot, 'test-results/screenshots');

/** Debian's Chromium, never a downloaded one; flags keep it from calling home. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
} as const;

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** What the API mailed (password-reset links), newest last. */
export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface PortalStack {
  readonly mail: SentMail[];
  readonly store: ReturnType<typeof integrationApi>['store'];
  readonly app: ReturnType<typeof integrationApi>['app'];
  readonly portalUrl: string;
  readonly browser: Browser;
  /** A fresh browser profile (no cookies) at the given window size. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  stop(): Promise<void>;
}

/**
 * The API (in this worker, over the global setup's DynamoDB Local), the
 * portal's production build under `next start`, and headless Chromium. The
 * build is made once for all test files and reused while the sources are
 * unchanged (see ensurePortalBuild).
 */
export async function startPortalStack(
  options: {
    /** More Chromium flags (the phone test's fake microphone and loopback WebRTC). */
    readonly chromiumArgs?: readonly string[];
  } = {},
): Promise<PortalStack> {
  const portalPort = await freePort();
  // Browsers reach the portal as localhost: the name they treat as a secure context for `__Host-` cookies.
  const portalUrl = `http://localhost:${portalPort}`;
  const mail: SentMail[] = [];
  const { app, store } = integrationApi(
    // Every login through the portal comes from its one address; the per-address login limit would
    // count all test files' logins together (the per-e-mail lockout stays on).
    { RATE_LIMIT_LOGIN_PER_ADDRESS: 0, CARILLON_PORTAL_URL: portalUrl },
    { mailer: { send: async (message) => void mail.push(message) } },
  );
  const api = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => api.once('listening', () => ready()));
  const apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  await ensurePortalBuild(repoRoot);
  const portal = await startPortal({ repoRoot, port: portalPort, apiUrl });
  const browser = await chromium.launch({
    executablePath: CHROMIUM.executablePath,
    args: [...CHROMIUM.args, ...(options.chromiumArgs ?? [])],
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    app,
    store,
    mail,
    portalUrl,
    browser,
    async newContext(viewport = DESKTOP) {
      const context = await browser.newContext({ viewport });
      // Well under the test's own timeout, so a missing element fails with its locator named.
      context.setDefaultTimeout(10_000);
      return context;
    },
    async stop() {
      await browser.close();
      await portal.stop();
      await new Promise<void>((done) => api.close(() => done()));
    },
  };
}

/** Logs in through the login form and waits for the role's start page. */
export async function logIn(page: Page, portalUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${portalUrl}/login`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CallState, SoftphoneConfig } from '@carillon/softphone';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { fakeMediaChromiumArgs } from '../../../test/support/webrtc/chromium-flags';
import type { PageApi } from './softphone-page';

/*
 * The browser side of the WebRTC call test: Debian's Chromium (never a downloaded browser) driven
 * by playwright-core, a fake microphone that plays a WAV file, and the softphone page (bundled here
 * with esbuild from softphone-page.ts) served from loopback. Chromium flags (the media ones from
 * test/support/webrtc/chromium-flags.ts, shared with the portal phone test):
 *   --use-fake-ui-for-media-stream / --use-fake-device-for-media-stream / --use-file-for-fake-audio-capture
 *       microphone permission granted, the WAV as the microphone;
 *   --allow-loopback-in-peer-connection  a 127.0.0.1 host candidate (Chromium leaves loopback out);
 *       the edge answers checks from loopback only in tests (EdgeDependencies.acceptIceFrom), so
 *       media never uses the machine's other interfaces;
 *   --ignore-certificate-errors  the edge's WSS certificate is self-signed;
 *   --autoplay-policy=no-user-gesture-required  WebAudio runs without a click.
 */

const CHROMIUM = '/usr/bin/chromium';
const HERE = dirname(fileURLToPath(import.meta.url));

export interface BrowserSoftphone {
  readonly page: Page;
  /** Runs a self-contained function on the page's API (no closures: it is sent as source text). */
  call<T>(fn: (api: PageApi) => T | Promise<T>): Promise<T>;
  /** Calls one method of the page's API with arguments. */
  invoke<K extends keyof PageApi>(
    method: K,
    ...args: Parameters<PageApi[K]>
  ): Promise<ReturnType<PageApi[K]>>;
  waitFor(what: string, check: (api: PageApi) => boolean, timeoutMs: number): Promise<void>;
  state(): Promise<CallState>;
  /** Chromium's console, for failure reports. */
  readonly console: string[];
  close(): Promise<void>;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'softphone-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no bundle');
  return file.text;
}

async function servePage(script: string): Promise<Server> {
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>softphone test</title></head><body><script src="/softphone.js"></script></body></html>';
  const server = createServer((request, response) => {
    if (request.url === '/softphone.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return server;
}

/** Starts Chromium with `microphoneWav` as its microphone, loads the page and starts the softphone. */
export async function openBrowserSoftphone(
  microphoneWav: string,
  config: SoftphoneConfig,
): Promise<BrowserSoftphone> {
  const server = await servePage(await bundle());
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        ...fakeMediaChromiumArgs(microphoneWav),
      ],
    });
    const page = await browser.newPage();
    const console: string[] = [];
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const call = <T>(fn: (api: PageApi) => T | Promise<T>): Promise<T> =>
      page.evaluate(`(${fn.toString()})(globalThis.carillon)`) as Promise<T>;
    await page.evaluate((c) => (globalThis as unknown as { carillon: PageApi }).carillon.start(c), config);
    const opened = browser;
    return {
      page,
      console,
      call,
      invoke: (method, ...args) =>
        page.evaluate(
          ([m, a]) => {
            const api = (globalThis as unknown as { carillon: Record<string, (...x: unknown[]) => unknown> })
              .carillon;
            return api[m as string]!(...(a as unknown[]));
          },
          [method, args] as const,
        ) as never,
      async waitFor(what, check, timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        while (!(await call(check))) {
          if (Date.now() > deadline) {
            throw new Error(`browser: no ${what} within ${timeoutMs} ms; console:\n${console.join('\n')}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      state: () => call((api) => api.state()),
      async close() {
        await opened.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}

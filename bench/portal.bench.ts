/**
 * Page budget of the web portal (issue 6): the production build under
 * `next start`, driven by Debian's headless Chromium, against the real API
 * over DynamoDB Local with the demo tenant seeded.
 *
 *     pnpm exec tsx bench/portal.bench.ts [runs]    # default 5 cold loads per page
 *
 * For each page, `runs` loads in a fresh browser context (empty cache, logged
 * in): time to first byte, DOMContentLoaded and load (Navigation Timing), and
 * the JavaScript the page ships (sum over script resources: bytes over the
 * wire and decoded). Medians are printed with the machine and its load. Not a
 * test: nothing here passes or fails.
 */
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApiApp } from '../functions/api/src/app';
import { loadApiConfig } from '../functions/api/src/config';
import { ensurePortalBuild, freePort, startPortal, startStorageStack } from '../packages/embedded/src/index';
import { seedDemo } from '../packages/embedded/src/seed';
import { createDynamoClients, createStore } from '../packages/store/src/index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const PAGES = ['/login', '/admin', '/admin/users', '/admin/users/new', '/me/profile', '/me/devices'];

interface Sample {
  ttfb: number;
  domContentLoaded: number;
  load: number;
  jsTransfer: number;
  jsDecoded: number;
  jsFiles: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function measure(
  browser: Browser,
  url: string,
  login: { email: string; password: string } | undefined,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (login !== undefined) {
    const origin = new URL(url).origin;
    const response = await context.request.post(`${origin}/v1/session`, { data: login });
    if (!response.ok()) throw new Error(`login failed: ${response.status()}`);
  }
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const sample = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const scripts = performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
    return {
      ttfb: nav.responseStart - nav.startTime,
      domContentLoaded: nav.domContentLoadedEventEnd - nav.startTime,
      load: nav.loadEventEnd - nav.startTime,
      jsTransfer: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
      jsDecoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      jsFiles: scripts.length,
    };
  })()`)) as Sample;
  const finalPath = new URL(page.url()).pathname;
  await context.close();
  return { sample, finalPath };
}

async function main() {
  const storage = await startStorageStack({ dynamodbPort: 0, s3Port: 0 });
  const config = { ...loadApiConfig(), LOG_LEVEL: 'fatal' as const, RATE_LIMIT_LOGIN_PER_ADDRESS: 0 };
  const store = createStore({
    tableName: storage.tableName,
    document: createDynamoClients().document,
    cursorSecret: 'bench-cursor-secret-0123456789abcdef',
  });
  const seeded = await seedDemo(store, 'carillon.localhost');
  const admin = seeded.credentials?.users.find((user) => user.role === 'tenant-admin');
  if (admin === undefined) throw new Error('the demo tenant was not seeded');
  const apiPort = await freePort();
  const api = serve({ fetch: createApiApp(config).fetch, port: apiPort, hostname: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const build = await ensurePortalBuild(repoRoot);
  const portal = await startPortal({ repoRoot, port: await freePort(), apiUrl });
  const portalUrl = portal.endpoint.replace('127.0.0.1', 'localhost');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const cpu = os.cpus();
  process.stdout.write(
    `machine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}\n`,
  );
  process.stdout.write(
    `portal build: ${build.built ? `made in ${(build.ms / 1000).toFixed(1)} s` : 'reused'}\n`,
  );
  process.stdout.write(
    `${runs} cold loads per page (fresh context, logged in as the demo admin), medians:\n\n`,
  );
  process.stdout.write(
    '| page | TTFB ms | DOMContentLoaded ms | load ms | JS files | JS over the wire KiB | JS decoded KiB |\n',
  );
  process.stdout.write('| --- | --- | --- | --- | --- | --- | --- |\n');
  try {
    for (const path of PAGES) {
      const samples: Sample[] = [];
      for (let run = 0; run < runs; run += 1) {
        const { sample, finalPath } = await measure(
          browser,
          `${portalUrl}${path}`,
          path === '/login' ? undefined : { email: admin.email, password: admin.portalPassword },
        );
        if (finalPath !== path) throw new Error(`${path} ended on ${finalPath}`);
        samples.push(sample);
      }
      const m = (key: keyof Sample) => median(samples.map((sample) => sample[key]));
      process.stdout.write(
        `| ${path} | ${m('ttfb').toFixed(0)} | ${m('domContentLoaded').toFixed(0)} | ${m('load').toFixed(0)} | ${m('jsFiles')} | ${(m('jsTransfer') / 1024).toFixed(1)} | ${(m('jsDecoded') / 1024).toFixed(1)} |\n`,
      );
    }
    process.stdout.write(
      `\nload average after: ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}\n`,
    );
  } finally {
    await browser.close();
    await portal.stop();
    api.close();
    await storage.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { ToneProbe } from './tone-probe-page';

/*
 * The Node side of the in-page tone probe: bundles tone-probe-page.ts (with the Goertzel detector of
 * packages/rtp) once, and puts it into a Playwright page, where it records the far end's audio of
 * a call and reports the dominant tone.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
let bundled: Promise<string> | undefined;

export function toneProbeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [join(HERE, 'tone-probe-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const file = result.outputFiles[0];
    if (!file) throw new Error('esbuild produced no tone-probe bundle');
    return file.text;
  });
  return bundled;
}

export interface PageToneProbe {
  /** Starts recording the stream of the <audio> element `selector`; false while it has none. */
  listenToElement(selector: string): Promise<boolean>;
  heardTone(): Promise<ReturnType<ToneProbe['heardTone']>>;
  samplesHeard(): Promise<number>;
}

/** Installs the probe in `page` (again after each navigation: it lives in the document). */
export async function installToneProbe(page: Page): Promise<PageToneProbe> {
  await page.addScriptTag({ content: await toneProbeScript() });
  const probe = 'globalThis.carillonToneProbe';
  return {
    listenToElement: (selector) =>
      page.evaluate(`${probe}.listenToElement(${JSON.stringify(selector)})`) as Promise<boolean>,
    heardTone: () => page.evaluate(`${probe}.heardTone()`) as Promise<ReturnType<ToneProbe['heardTone']>>,
    samplesHeard: () => page.evaluate(`${probe}.samplesHeard()`) as Promise<number>,
  };
}

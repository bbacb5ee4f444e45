import type { DtmfDigit } from '@carillon/rtp';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DtmfEvent } from '../rtp-relay/leg-types';
import { gatherDigits } from './gather';

/** A leg reduced to what gather listens to. */
function fakeLeg() {
  const listeners = new Set<(e: DtmfEvent) => void>();
  return {
    onDigit(listener: (e: DtmfEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    press(digits: string, source: DtmfEvent['source'] = 'rfc4733') {
      for (const d of digits) for (const l of listeners) l({ digit: d as DtmfDigit, source });
    },
    get listening() {
      return listeners.size;
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('gatherDigits', () => {
  test('a terminator ends the entry and is reported apart from the digits', async () => {
    const leg = fakeLeg();
    const result = gatherDigits(leg, { maxDigits: 6 });
    leg.press('12#');
    expect(await result).toEqual({ status: 'completed', digits: '12', terminator: '#', timedOut: false });
    expect(leg.listening).toBe(0);
  });

  test('maxDigits ends the entry at once', async () => {
    const leg = fakeLeg();
    const result = gatherDigits(leg, { maxDigits: 3 });
    leg.press('4567');
    expect(await result).toMatchObject({ status: 'completed', digits: '456' });
  });

  test('no key within the first-digit timeout → timeout with nothing', async () => {
    const leg = fakeLeg();
    const result = gatherDigits(leg, { maxDigits: 4, firstDigitTimeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toEqual({ status: 'timeout', digits: '', timedOut: true });
  });

  test('the inter-digit timeout ends a partial entry; enough digits make it completed', async () => {
    const leg = fakeLeg();
    const short = gatherDigits(leg, { maxDigits: 4, minDigits: 3, interDigitTimeoutMs: 1000 });
    leg.press('12');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await short).toEqual({ status: 'timeout', digits: '12', timedOut: true });

    const enough = gatherDigits(leg, { maxDigits: 4, minDigits: 2, interDigitTimeoutMs: 1000 });
    leg.press('98');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await enough).toEqual({ status: 'completed', digits: '98', timedOut: true });
  });

  test('each key restarts the inter-digit timer', async () => {
    const leg = fakeLeg();
    const result = gatherDigits(leg, { maxDigits: 9, interDigitTimeoutMs: 1000 });
    for (const d of '123') {
      leg.press(d);
      await vi.advanceTimersByTimeAsync(900);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toMatchObject({ digits: '123', timedOut: true });
  });

  test('the first-digit timer waits for the prompt to finish', async () => {
    const leg = fakeLeg();
    let promptEnds!: () => void;
    const promptDone = new Promise<void>((r) => {
      promptEnds = r;
    });
    const result = gatherDigits(leg, { maxDigits: 1, firstDigitTimeoutMs: 1000 }, { promptDone });
    await vi.advanceTimersByTimeAsync(5000); // still prompting: no timeout
    promptEnds();
    await vi.advanceTimersByTimeAsync(999);
    leg.press('7');
    expect(await result).toMatchObject({ status: 'completed', digits: '7' });
  });

  test('digits of a method not asked for are ignored (SIP INFO off)', async () => {
    const leg = fakeLeg();
    const result = gatherDigits(leg, { maxDigits: 1, methods: ['rfc4733'] });
    leg.press('1', 'sip-info');
    leg.press('2', 'rfc4733');
    expect(await result).toMatchObject({ digits: '2' });
  });

  test('an abort signal stops the gather with what it has', async () => {
    const leg = fakeLeg();
    const controller = new AbortController();
    const result = gatherDigits(leg, { maxDigits: 5, signal: controller.signal });
    leg.press('3');
    controller.abort();
    expect(await result).toEqual({ status: 'stopped', digits: '3', timedOut: false });
  });
});

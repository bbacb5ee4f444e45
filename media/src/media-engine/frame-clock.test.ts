import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FrameClock } from './frame-clock';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FrameClock', () => {
  test('one timer ticks every subscriber once per 20 ms frame', async () => {
    const clock = new FrameClock({ now: () => Date.now() });
    const counts = [0, 0, 0];
    const unsubscribe = counts.map((_, i) => clock.subscribe(() => counts[i]!++));
    await vi.advanceTimersByTimeAsync(1000);
    expect(counts).toEqual([50, 50, 50]);
    expect(vi.getTimerCount()).toBe(1);
    for (const u of unsubscribe) u();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a stalled event loop is caught up (bounded), so the stream keeps wall-clock time', async () => {
    let now = 0;
    const clock = new FrameClock({ now: () => now, maxCatchUpFrames: 5 });
    let ticks = 0;
    clock.subscribe(() => ticks++);
    now = 20;
    await vi.advanceTimersByTimeAsync(20);
    expect(ticks).toBe(1);
    now = 80; // the timer fires 40 ms late: the two missed frames come at once
    await vi.advanceTimersByTimeAsync(20);
    expect(ticks).toBe(4);
    now = 2080; // a 2 s stall: only 5 frames are sent, then the clock continues from now
    await vi.advanceTimersByTimeAsync(20);
    expect(ticks).toBe(9);
    now = 2100;
    await vi.advanceTimersByTimeAsync(20);
    expect(ticks).toBe(10);
  });
});

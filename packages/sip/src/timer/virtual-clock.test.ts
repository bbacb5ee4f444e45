import { describe, expect, it } from 'vitest';
import { VirtualClock } from './virtual-clock';

describe('VirtualClock', () => {
  it('fires due timers in due order, ties in arming order, each at its own instant', () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    clock.setTimer(300, () => fired.push(`c@${clock.now()}`));
    clock.setTimer(100, () => fired.push(`a@${clock.now()}`));
    clock.setTimer(100, () => fired.push(`b@${clock.now()}`));
    clock.advance(250);
    expect(fired).toEqual(['a@100', 'b@100']);
    expect(clock.now()).toBe(250);
    clock.advance(50);
    expect(fired).toEqual(['a@100', 'b@100', 'c@300']);
  });

  it('fires timers armed by a timer within the same advance, and skips cleared ones', () => {
    const clock = new VirtualClock();
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.now());
      if (fired.length < 3) clock.setTimer(100, tick);
    };
    clock.setTimer(100, tick);
    const cleared = clock.setTimer(150, () => fired.push(-1));
    clock.clearTimer(cleared);
    clock.advance(1000);
    expect(fired).toEqual([100, 200, 300]);
    expect(clock.pending).toBe(0);
  });

  it('cannot go back in time', () => {
    const clock = new VirtualClock(1000);
    expect(() => clock.advanceTo(999)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { ForkSelection } from './forking';

describe('ForkSelection (parallel forks, RFC 3261 §13.2.2.4)', () => {
  it('relays the first 180 once and every 183 with SDP (early media may move)', () => {
    const forks = new ForkSelection(2);
    expect(forks.provisional(0, 180, false)).toEqual({
      kind: 'relay-provisional',
      status: 180,
      earlyMedia: false,
    });
    expect(forks.provisional(1, 180, false)).toEqual({ kind: 'wait' });
    expect(forks.provisional(1, 183, true)).toEqual({
      kind: 'relay-provisional',
      status: 183,
      earlyMedia: true,
    });
    expect(forks.provisional(0, 183, true)).toEqual({
      kind: 'relay-provisional',
      status: 183,
      earlyMedia: true,
    });
    expect(forks.provisional(0, 100, false)).toEqual({ kind: 'wait' });
  });

  it('makes the first 2xx the winner and cancels only the forks still ringing', () => {
    const forks = new ForkSelection(3);
    forks.provisional(0, 180, false);
    forks.final(2, 486);
    expect(forks.final(1, 200)).toEqual({ kind: 'winner', fork: 1, cancel: [0] });
    expect(forks.winner).toBe(1);
  });

  it('treats a later 2xx from another fork as extra, to be ACKed and BYEd', () => {
    const forks = new ForkSelection(2);
    forks.final(0, 200);
    expect(forks.final(1, 200)).toEqual({ kind: 'extra-answer', fork: 1 });
    expect(forks.provisional(1, 180, false)).toEqual({ kind: 'wait' });
  });

  it('waits until every fork failed, then reports busy when a phone was busy', () => {
    const forks = new ForkSelection(2);
    expect(forks.final(0, 486)).toEqual({ kind: 'wait' });
    expect(forks.final(1, 480)).toEqual({ kind: 'all-failed', failure: 'busy', sipStatus: 486 });
  });

  it('lets a 6xx decide for everyone: 600 busy, 603 rejected', () => {
    const busy = new ForkSelection(2);
    busy.final(0, 480);
    expect(busy.final(1, 600)).toMatchObject({ failure: 'busy', sipStatus: 600 });
    const declined = new ForkSelection(2);
    declined.final(0, 486);
    expect(declined.final(1, 603)).toMatchObject({ failure: 'rejected', sipStatus: 603 });
  });

  it('turns the dial timeout into CANCELs whose 487s conclude as no-answer', () => {
    const forks = new ForkSelection(2);
    forks.provisional(0, 180, false);
    expect(forks.timeout()).toEqual([0, 1]);
    forks.final(0, 487);
    expect(forks.final(1, 487)).toEqual({ kind: 'all-failed', failure: 'no-answer', sipStatus: 480 });
  });

  it('reports failed with the lowest status when nobody rang out or was busy', () => {
    const forks = new ForkSelection(2);
    forks.final(0, 503);
    expect(forks.final(1, 404)).toEqual({ kind: 'all-failed', failure: 'failed', sipStatus: 404 });
  });

  it('concludes once: a 2xx after all-failed is extra', () => {
    const forks = new ForkSelection(1);
    forks.final(0, 486);
    expect(forks.final(0, 200)).toEqual({ kind: 'extra-answer', fork: 0 });
  });
});

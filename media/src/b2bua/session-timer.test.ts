import { describe, expect, it } from 'vitest';
import { negotiateSessionTimer, refreshDelayMs, teardownDelayMs } from './session-timer';

const base = { supported: ['timer', 'replaces'], allow: ['INVITE', 'ACK', 'BYE'] };

describe('negotiateSessionTimer (RFC 4028 §9)', () => {
  it('answers 422 with our Min-SE to an interval below it', () => {
    expect(negotiateSessionTimer({ ...base, sessionExpires: { deltaSeconds: 60 } })).toEqual({
      kind: 'too-small',
      minSE: 90,
    });
  });

  it('honours a larger Min-SE from the request', () => {
    expect(negotiateSessionTimer({ ...base, sessionExpires: { deltaSeconds: 200 }, minSE: 300 })).toEqual({
      kind: 'too-small',
      minSE: 300,
    });
  });

  it('makes the caller the refresher and requires timer in the 2xx', () => {
    const result = negotiateSessionTimer({ ...base, sessionExpires: { deltaSeconds: 600 } });
    expect(result).toEqual({
      kind: 'on',
      interval: 600,
      refresher: 'uac',
      headers: [
        ['Session-Expires', '600;refresher=uac'],
        ['Require', 'timer'],
      ],
    });
  });

  it('proposes our default interval to a caller that supports timers but named none', () => {
    expect(negotiateSessionTimer(base)).toMatchObject({ kind: 'on', interval: 1800, refresher: 'uac' });
  });

  it('refreshes itself (uas) only when asked and the caller accepts UPDATE', () => {
    const withUpdate = { ...base, allow: ['INVITE', 'UPDATE'] };
    expect(
      negotiateSessionTimer({ ...withUpdate, sessionExpires: { deltaSeconds: 900, refresher: 'uas' } }),
    ).toMatchObject({ refresher: 'uas', headers: [['Session-Expires', '900;refresher=uas']] });
    expect(
      negotiateSessionTimer({ ...base, sessionExpires: { deltaSeconds: 900, refresher: 'uas' } }),
    ).toMatchObject({ refresher: 'uac' });
  });

  it('runs no timer for a caller without timer support', () => {
    expect(
      negotiateSessionTimer({ supported: [], allow: [], sessionExpires: { deltaSeconds: 1800 } }),
    ).toEqual({
      kind: 'off',
    });
  });
});

describe('session timer timing (RFC 4028 §10)', () => {
  it('tears down at expiry minus min(32 s, interval/3), refreshes at half', () => {
    expect(teardownDelayMs(1800)).toBe(1768_000);
    expect(teardownDelayMs(90)).toBe(60_000);
    expect(refreshDelayMs(1800)).toBe(900_000);
  });
});

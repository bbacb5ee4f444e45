import { HEALTHY_ENDPOINT } from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISABLE_POLICY, shouldDisable } from './disable-policy';

const now = new Date('2026-01-02T12:00:00.000Z');
const failing = (failures: number, since: string) => ({
  ...HEALTHY_ENDPOINT,
  consecutiveFailures: failures,
  failingSince: since,
  lastFailureAt: now.toISOString(),
});

describe('disable policy', () => {
  it('disables after 15 failures in a row over at least 24 hours', () => {
    expect(shouldDisable(failing(15, '2026-01-01T12:00:00.000Z'), now, DEFAULT_DISABLE_POLICY)).toBe(true);
  });

  it('keeps an endpoint with many failures in a short outage', () => {
    expect(shouldDisable(failing(200, '2026-01-02T11:00:00.000Z'), now, DEFAULT_DISABLE_POLICY)).toBe(false);
  });

  it('keeps an endpoint failing for long but rarely', () => {
    expect(shouldDisable(failing(14, '2025-12-01T00:00:00.000Z'), now, DEFAULT_DISABLE_POLICY)).toBe(false);
  });

  it('never disables a healthy or an already disabled endpoint', () => {
    expect(shouldDisable(HEALTHY_ENDPOINT, now, { consecutiveFailures: 0, failingForMs: 0 })).toBe(false);
    const disabled = { ...failing(99, '2025-01-01T00:00:00.000Z'), disabledAt: now.toISOString() };
    expect(shouldDisable(disabled, now, DEFAULT_DISABLE_POLICY)).toBe(false);
  });
});

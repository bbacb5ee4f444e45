import type { WebhookEndpointHealth } from '@carillon/domain';

/**
 * When an endpoint is turned off for persistent failure: it has failed
 * `consecutiveFailures` attempts in a row (no success in between) AND has
 * been failing for at least `failingForMs`. Both, so that a burst of events
 * during a short outage does not disable a good endpoint, and a slow trickle
 * of events to a dead one does not keep it on for weeks.
 *
 * Default: 15 consecutive failed attempts over at least 24 hours — longer
 * than one delivery's whole retry schedule (about 17.5 h), so an endpoint is
 * disabled only when messages have actually been lost to it. Re-enabling
 * (POST …/webhooks/{id}/enable) clears the counters.
 */
export interface DisablePolicy {
  readonly consecutiveFailures: number;
  readonly failingForMs: number;
}

export const DEFAULT_DISABLE_POLICY: DisablePolicy = {
  consecutiveFailures: 15,
  failingForMs: 24 * 60 * 60 * 1000,
};

export function shouldDisable(health: WebhookEndpointHealth, now: Date, policy: DisablePolicy): boolean {
  if (health.disabledAt !== null) return false;
  if (health.consecutiveFailures < policy.consecutiveFailures || health.failingSince === null) return false;
  return now.getTime() - new Date(health.failingSince).getTime() >= policy.failingForMs;
}

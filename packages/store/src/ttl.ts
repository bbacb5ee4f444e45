/**
 * Ephemeral items (registrations, nonces, idempotency records) carry
 * `expiresAt` in epoch seconds. DynamoDB deletes expired items lazily — up to
 * days later — so every read of such an item checks the instant itself.
 */
export function epochSeconds(at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.floor(ms / 1000);
}

export function expiresAtFromNow(ttlSeconds: number, now: Date = new Date()): number {
  return epochSeconds(now) + Math.ceil(ttlSeconds);
}

/** True when the item carries a TTL (a number; an ISO `expiresAt` of e.g. an API key is not one) that has passed. */
export function isExpired(item: { readonly expiresAt?: unknown }, now: Date = new Date()): boolean {
  return typeof item.expiresAt === 'number' && item.expiresAt <= epochSeconds(now);
}

import { createHash } from 'node:crypto';

/**
 * Idempotency keys for CDR reports. The edge keeps unsent reports in an
 * on-disk outbox and retries them; the control plane writes a record only if
 * its key is new, so a retried report never doubles a CDR (ARCHITECTURE §3).
 *
 * Keys are a hash of the ids rather than the ids themselves: a call id may be
 * 256 characters, and the CDR's key field is bounded (≤ 200). SHA-256 keeps
 * them fixed-length (47 characters) and collision-free in practice.
 */
function digest(parts: readonly string[]): string {
  // JSON array encoding: ("a.b", "c") and ("a", "b.c") hash differently.
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** The key of the call's one CDR. */
export function cdrIdempotencyKey(callId: string): string {
  return `cdr.${digest(['cdr', callId])}`;
}

/** The key of one leg's report within a call. */
export function legReportIdempotencyKey(callId: string, legId: string): string {
  return `leg.${digest(['leg', callId, legId])}`;
}

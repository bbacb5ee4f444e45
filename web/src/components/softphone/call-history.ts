/*
 * The browser softphone's own call list: what this browser placed and received, kept in
 * localStorage under the user's id (another user logging in on the same browser sees none of it).
 * The platform's record of every call is the CDR list ("My calls"); this is only the quick redial
 * list a phone keeps. Pure: the storage is passed in, so the rules are unit-tested.
 */

/** Entries kept per user; the oldest fall off (a desk phone keeps a few dozen). */
export const CALL_HISTORY_LIMIT = 50;
/** The longest party string stored (a SIP URI with display name fits). */
const PARTY_MAX = 200;

export type CallDirection = 'outgoing' | 'incoming';
export type CallOutcome = 'answered' | 'missed' | 'rejected' | 'failed';

export interface CallRecord {
  readonly direction: CallDirection;
  /** The number or URI dialled, or the caller's URI. */
  readonly party: string;
  readonly displayName?: string;
  /** ISO instant the call started (dialled or rang). */
  readonly startedAt: string;
  /** Seconds of conversation; 0 when it was never answered. */
  readonly durationSeconds: number;
  readonly outcome: CallOutcome;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function historyKey(userId: string): string {
  return `carillon.softphone.history.${userId}`;
}

function isRecord(value: unknown): value is CallRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.direction === 'outgoing' || v.direction === 'incoming') &&
    typeof v.party === 'string' &&
    typeof v.startedAt === 'string' &&
    typeof v.durationSeconds === 'number' &&
    ['answered', 'missed', 'rejected', 'failed'].includes(v.outcome as string)
  );
}

/** The user's list, newest first; a damaged or foreign value reads as empty rather than throwing. */
export function readHistory(storage: KeyValueStorage, userId: string): CallRecord[] {
  const text = storage.getItem(historyKey(userId));
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isRecord).slice(0, CALL_HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Adds a call at the top and keeps at most CALL_HISTORY_LIMIT; returns the new list. */
export function recordCall(storage: KeyValueStorage, userId: string, call: CallRecord): CallRecord[] {
  const entry: CallRecord = {
    ...call,
    party: call.party.slice(0, PARTY_MAX),
    ...(call.displayName === undefined ? {} : { displayName: call.displayName.slice(0, PARTY_MAX) }),
    durationSeconds: Math.max(0, Math.round(call.durationSeconds)),
  };
  const list = [entry, ...readHistory(storage, userId)].slice(0, CALL_HISTORY_LIMIT);
  storage.setItem(historyKey(userId), JSON.stringify(list));
  return list;
}

export function clearHistory(storage: KeyValueStorage, userId: string): void {
  storage.setItem(historyKey(userId), '[]');
}

/** `sip:201@acme.pbx.example` → `201`; a URI of another domain stays whole (minus the scheme). */
export function partyLabel(uri: string, domain: string): string {
  const match = /^sips?:([^@;]+)@([^;>]+)/i.exec(uri);
  if (!match) return uri;
  const [, user, host] = match;
  return host?.toLowerCase() === domain.toLowerCase() ? (user ?? uri) : `${user}@${host}`;
}

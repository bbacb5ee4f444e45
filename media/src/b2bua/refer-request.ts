import { type DialogId, parseNameAddr, reasonPhrase, type SipUri } from '@carillon/sip';

/*
 * The pure parts of call transfer (RFC 3515 REFER, RFC 5589, RFC 3891 Replaces, RFC 3892
 * Referred-By): reading Refer-To and its embedded Replaces, and the message/sipfrag bodies of the
 * NOTIFYs that report the transfer's progress (RFC 3515 §2.4.5). No I/O.
 */

/** At most this many REFERs are accepted in one call (a phone stuck in a loop, or abuse). */
export const MAX_REFERS_PER_CALL = 5;
/** Refer-To longer than this is refused (400) before any parsing. */
export const MAX_REFER_TO_LENGTH = 1024;

/** The dialog an attended transfer replaces, as the transferor sees it (RFC 3891 §6.1). */
export interface ReplacesTarget {
  readonly callId: string;
  /** The tag of the party that received the dialog's first request (To tag seen by that party's peer). */
  readonly toTag: string;
  readonly fromTag: string;
  /** RFC 3891 §3: only an early dialog may be replaced. */
  readonly earlyOnly: boolean;
}

export interface ReferTarget {
  /** The SIP URI without URI headers, as it goes on (e.g. `sip:203@t1.example`). */
  readonly uri: string;
  /** User part: an extension or a number the control plane routes. */
  readonly user: string;
  readonly replaces?: ReplacesTarget;
}

export type ReferToResult =
  | { readonly ok: true; readonly target: ReferTarget }
  | { readonly ok: false; readonly status: 400 | 403 | 416; readonly reason: string };

/**
 * Read a Refer-To header field (RFC 3515 §2.1) for a call in `tenantDomain`: exactly one SIP URI
 * (sip or sips) with a user part, in the tenant's own domain — a transfer never leaves the tenant
 * except through a number its control plane routes; anything else is refused with the status and
 * reason phrase the REFER gets (400 malformed, 416 not a SIP URI, 403 another domain).
 */
export function parseReferTo(values: readonly string[], tenantDomain: string): ReferToResult {
  if (values.length !== 1) {
    // RFC 3515 §2.4.1: exactly one Refer-To.
    return {
      ok: false,
      status: 400,
      reason: values.length === 0 ? 'Missing Refer-To' : 'More than one Refer-To',
    };
  }
  const value = values[0] ?? '';
  if (value.length > MAX_REFER_TO_LENGTH) return { ok: false, status: 400, reason: 'Refer-To too long' };
  let uri: SipUri;
  try {
    const addr = parseNameAddr(value, 'Refer-To');
    if (addr.uri.kind !== 'sip') return { ok: false, status: 416, reason: 'Refer-To must be a SIP URI' };
    uri = addr.uri;
  } catch {
    return { ok: false, status: 400, reason: 'Malformed Refer-To' };
  }
  if (uri.user === undefined || uri.user.length === 0 || uri.user.length > 64) {
    return { ok: false, status: 400, reason: 'Refer-To needs a user part' };
  }
  if (uri.host.toLowerCase() !== tenantDomain.toLowerCase()) {
    return { ok: false, status: 403, reason: 'Refer-To outside the tenant domain' };
  }
  for (const name of uri.headers.keys()) {
    // Only Replaces is honoured; other URI headers (Subject, Priority…) are dropped, as RFC 3261
    // §19.1.5 allows. A body= header would smuggle content into our INVITE: refused.
    if (name.toLowerCase() === 'body') return { ok: false, status: 400, reason: 'Refer-To body header' };
  }
  const replacesText = [...uri.headers].find(([name]) => name.toLowerCase() === 'replaces')?.[1];
  let replaces: ReplacesTarget | undefined;
  if (replacesText !== undefined) {
    replaces = parseReplaces(replacesText);
    if (!replaces) return { ok: false, status: 400, reason: 'Malformed Replaces in Refer-To' };
  }
  const port = uri.port === undefined ? '' : `:${uri.port}`;
  return {
    ok: true,
    target: {
      uri: `${uri.scheme}:${uri.user}@${uri.host}${port}`,
      user: uri.user,
      ...(replaces ? { replaces } : {}),
    },
  };
}

/**
 * A Replaces header field value (RFC 3891 §6.1): `callid;to-tag=…;from-tag=…[;early-only]`,
 * after %-decoding when it came inside a URI. Undefined when a part is missing.
 */
export function parseReplaces(value: string): ReplacesTarget | undefined {
  const [rawCallId, ...params] = value.split(';');
  const callId = rawCallId?.trim();
  if (!callId || /\s/.test(callId) || callId.length > 256) return undefined;
  let toTag: string | undefined;
  let fromTag: string | undefined;
  let earlyOnly = false;
  for (const param of params) {
    const [name, ...rest] = param.split('=');
    const key = name?.trim().toLowerCase();
    const text = rest.join('=').trim();
    if (key === 'to-tag') toTag = text;
    else if (key === 'from-tag') fromTag = text;
    else if (key === 'early-only') earlyOnly = true;
  }
  if (!toTag || !fromTag) return undefined;
  return { callId, toTag, fromTag, earlyOnly };
}

/**
 * The dialog named by Replaces as the edge holds it. Replaces names the dialog from the sender's
 * view (RFC 3891 §3: to-tag is the remote's tag for the sender), so for a dialog where the sender
 * is our UAC peer (the edge is UAS) the edge's local tag is the to-tag; where the edge is UAC it
 * is the from-tag. Both views are returned; the caller looks up each.
 */
export function replacedDialogIds(replaces: ReplacesTarget): readonly DialogId[] {
  return [
    { callId: replaces.callId, localTag: replaces.toTag, remoteTag: replaces.fromTag },
    { callId: replaces.callId, localTag: replaces.fromTag, remoteTag: replaces.toTag },
  ];
}

/**
 * The message/sipfrag body of a NOTIFY for a REFER (RFC 3515 §2.4.5): the status line of the new
 * call's latest response, e.g. `SIP/2.0 100 Trying`, `SIP/2.0 486 Busy Here`.
 */
export function sipfrag(status: number, reason?: string): string {
  const phrase = (reason ?? reasonPhrase(status) ?? 'Unknown').replace(/[\r\n]/g, ' ');
  return `SIP/2.0 ${status} ${phrase}\r\n`;
}

/** The status a sipfrag body reports; undefined when it is not one (for tests and logs). */
export function sipfragStatus(body: string): number | undefined {
  const match = /^SIP\/2\.0 (\d{3}) /.exec(body);
  return match ? Number(match[1]) : undefined;
}

/**
 * The status the transferee's new call failed with, for the final NOTIFY: a busy target wins over
 * other failures (RFC 3261 §16.7 step 6 ranks 6xx first; among 4xx a 486 tells the transferor most).
 */
export function transferFailureStatus(statuses: readonly number[]): number {
  if (statuses.length === 0) return 480;
  const sixes = statuses.find((s) => s >= 600);
  if (sixes !== undefined) return sixes;
  if (statuses.includes(486)) return 486;
  return statuses.find((s) => s !== 487) ?? 487;
}

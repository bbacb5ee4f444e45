import { formatUri, getContact, getExpires, paramText, type SipRequest } from '@carillon/sip';

export interface ExpiresPolicy {
  /** Below this (and above 0) → 423 Interval Too Brief (RFC 3261 §10.3 step 7, §21.4.17). */
  readonly min: number;
  /** Above this → lowered to it (§10.3 step 7: "the registrar MAY decrease the expiration interval"). */
  readonly max: number;
  /** When neither the contact nor the request names one (§10.2.1.1). */
  readonly default: number;
}

/** One contact of a REGISTER and what it asks for. */
export interface ContactUpdate {
  /** The Contact URI, normalized by the sip package's formatter (what bindings are keyed by). */
  readonly contactUri: string;
  /** Granted seconds; 0 removes the binding. */
  readonly expires: number;
  /** RFC 5626 §4.1 `+sip.instance` without its quotes, and `reg-id`. */
  readonly instanceId: string | null;
  readonly regId: number | null;
}

export type RegisterPlan =
  /** No Contact: a query for the current bindings (§10.2.3). */
  | { readonly kind: 'query' }
  /** `Contact: *` with `Expires: 0`: remove every binding of the AOR (§10.2.2). */
  | { readonly kind: 'remove-all' }
  | { readonly kind: 'update'; readonly contacts: readonly ContactUpdate[] }
  | {
      readonly kind: 'reject';
      readonly status: number;
      readonly reason: string;
      readonly headers?: Record<string, string>;
    };

/**
 * What a REGISTER asks the registrar to do, steps 6 and 7 of RFC 3261 §10.3, before any binding is
 * read: the wildcard rule, per-contact expiry (the contact's `expires` param, else the Expires
 * header, else the default), the minimum and the maximum.
 */
export function planRegister(request: SipRequest, policy: ExpiresPolicy): RegisterPlan {
  const contact = getContact(request);
  const headerExpires = getExpires(request);
  if (contact.wildcard) {
    // §10.3 step 6: `*` only alone and only with Expires: 0.
    if (contact.contacts.length > 0 || request.headers.getList('contact').length > 1) {
      return reject(400, 'Bad Request - Wildcard Contact must be alone');
    }
    if (headerExpires !== 0) return reject(400, 'Bad Request - Wildcard Contact needs Expires: 0');
    return { kind: 'remove-all' };
  }
  if (contact.contacts.length === 0) return { kind: 'query' };

  const byUri = new Map<string, ContactUpdate>();
  for (const entry of contact.contacts) {
    if (entry.uri.kind !== 'sip') return reject(400, 'Bad Request - Contact must be a SIP or SIPS URI');
    const param = entry.params.get('expires');
    const requested =
      param !== undefined && param !== null ? Number(param) : (headerExpires ?? policy.default);
    if (requested !== 0 && requested < policy.min) {
      return reject(423, 'Interval Too Brief', { 'Min-Expires': String(policy.min) });
    }
    const instance = paramText(entry.params.get('+sip.instance'));
    const regId = paramText(entry.params.get('reg-id'));
    const regIdNumber = regId !== undefined && /^[1-9][0-9]{0,8}$/.test(regId) ? Number(regId) : null;
    const contactUri = normalizeContactUri(formatUri(entry.uri));
    // §10.3 step 7 processes contacts in order; a URI listed twice keeps its last expiry.
    byUri.set(contactUri, {
      contactUri,
      expires: Math.min(requested, policy.max),
      instanceId: instance !== undefined && instance.length <= 200 ? instance : null,
      regId: instance !== undefined ? regIdNumber : null,
    });
  }
  return { kind: 'update', contacts: [...byUri.values()] };
}

/** §19.1.4: scheme and host compare case-insensitively; the user part does not. */
export function normalizeContactUri(uri: string): string {
  const m = /^(sips?):(?:([^@]*)@)?([^;?]*)(.*)$/i.exec(uri);
  if (!m) return uri;
  const [, scheme = '', user, host = '', rest = ''] = m;
  return `${scheme.toLowerCase()}:${user !== undefined ? `${user}@` : ''}${host.toLowerCase()}${rest}`;
}

function reject(status: number, reason: string, headers?: Record<string, string>): RegisterPlan {
  return headers ? { kind: 'reject', status, reason, headers } : { kind: 'reject', status, reason };
}

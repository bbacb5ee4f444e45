/**
 * The public model of a SIP message (RFC 3261 §7).
 *
 * A message keeps its start line, its header fields as received (order, names and values; §7.3) and
 * its body as bytes. Typed views of header values (Via, CSeq, name-addr…) are parsed on demand by the
 * accessor functions in `accessors.ts` and cached on the header store until the header changes.
 * Parsed values are read-only snapshots: to change a header, write its text back with the
 * `format*` helpers.
 */
import type { SipHeaders } from './header-store';

/** RFC 3261 §7.1 Request. */
export interface SipRequest {
  readonly kind: 'request';
  /** Method token, case-sensitive (§7.1): `INVITE`, `REGISTER`, extension methods as written. */
  method: string;
  /** Request-URI exactly as on the wire; parse with `getRequestUri()`. */
  uri: string;
  /** SIP-Version, `SIP/2.0` for every message this stack accepts (§7.1); kept as written. */
  version: string;
  headers: SipHeaders;
  /** Message body as bytes (§7.4); multipart bodies are carried intact. */
  body: Buffer;
}

/** RFC 3261 §7.2 Response. */
export interface SipResponse {
  readonly kind: 'response';
  version: string;
  /** Status-Code, 100–699 (§7.2, §21). */
  status: number;
  /** Reason-Phrase, may be empty (RFC 4475 §3.1.1.13 noreason). */
  reason: string;
  headers: SipHeaders;
  body: Buffer;
}

export type SipMessage = SipRequest | SipResponse;

/** One header field as stored: `name` as written (compact or long form), `value` unfolded and trimmed. */
export interface HeaderField {
  readonly name: string;
  /** Lowercase long form of the name (`v` → `via`), the index key. */
  readonly key: string;
  readonly value: string;
}

/**
 * Generic parameters (`;name=value`, `;flag`): names lowercased (they are case-insensitive, §7.3.1,
 * §19.1.4), values as written (quoted strings keep their quotes), `null` for a parameter without value.
 */
export type Params = ReadonlyMap<string, string | null>;

/**
 * RFC 3261 §19.1 SIP and SIPS URI. Escaped components are decoded octet for octet: `%HH` becomes the
 * character U+00HH (so `%00` is NUL, RFC 4475 §3.1.1.4); `formatUri` escapes characters above U+00FF
 * as their UTF-8 octets.
 */
export interface SipUri {
  readonly kind: 'sip';
  readonly scheme: 'sip' | 'sips';
  /** User part with %-escapes decoded (§19.1.2). */
  readonly user?: string;
  readonly password?: string;
  /** Host as written; an IPv6 reference keeps its brackets (`[2001:db8::10]`). */
  readonly host: string;
  readonly port?: number;
  /** uri-parameters, values %-decoded (`transport`, `user`, `lr`, `maddr`…). */
  readonly params: Params;
  /** URI headers (`?subject=x&priority=urgent`), names and values %-decoded, in order. */
  readonly headers: ReadonlyMap<string, string>;
}

/** RFC 3966 tel URI. Global numbers start with `+`; visual separators are kept as written. */
export interface TelUri {
  readonly kind: 'tel';
  readonly scheme: 'tel';
  readonly number: string;
  readonly global: boolean;
  /** Parameters (`phone-context`, `ext`, `isub`…), names lowercased. */
  readonly params: Params;
}

/** Any other absoluteURI (§19.1.1, §25.1), kept verbatim after the scheme. */
export interface AbsoluteUri {
  readonly kind: 'absolute';
  /** Lowercased scheme, e.g. `http`, `urn`, `mailto`. */
  readonly scheme: string;
  readonly opaque: string;
}

export type Uri = SipUri | TelUri | AbsoluteUri;

/**
 * name-addr / addr-spec with header parameters (§20.10 Contact, §20.20 From, §20.39 To, Route…).
 * `tag` mirrors `params.get('tag')` for From/To.
 */
export interface NameAddr {
  /** Display name, unquoted and unescaped; absent when none was written. */
  readonly displayName?: string;
  readonly uri: Uri;
  readonly params: Params;
  readonly tag?: string;
}

/** Contact header field value (§20.10): `*` or a list of addresses. */
export interface ContactList {
  readonly wildcard: boolean;
  readonly contacts: readonly NameAddr[];
}

/** One via-parm (§20.42). */
export interface Via {
  /** `SIP/2.0`. */
  readonly protocol: string;
  /** Transport, uppercased: `UDP`, `TCP`, `TLS`, `SCTP`, `WS`, `WSS`, extensions. */
  readonly transport: string;
  readonly host: string;
  readonly port?: number;
  readonly params: Params;
  /** Convenience copies of common params (RFC 3261 §8.1.1.7 branch, §18.2.1 received, RFC 3581 rport). */
  readonly branch?: string;
  readonly received?: string;
  /** `true` for a bare `;rport` (request side, RFC 3581 §3), the number once filled in. */
  readonly rport?: number | true;
}

/** CSeq (§20.16). */
export interface CSeq {
  readonly seq: number;
  readonly method: string;
}

/** Credentials of Authorization / Proxy-Authorization (§20.7, §20.28, RFC 7235 §2.1). */
export interface Credentials {
  /** Auth scheme as written (`Digest`); compare case-insensitively. */
  readonly scheme: string;
  /** auth-params, names lowercased, values unquoted. */
  readonly params: ReadonlyMap<string, string>;
  /** token68 credentials of schemes like Basic (RFC 7235 §2.1), when no auth-params are used. */
  readonly token68?: string;
}

/** A challenge of WWW-Authenticate / Proxy-Authenticate (§20.44, §20.27); same shape as credentials. */
export type Challenge = Credentials;

/** Content-Type (§20.15): type and subtype lowercased, params as for every header. */
export interface MediaType {
  readonly type: string;
  readonly subtype: string;
  readonly params: Params;
}

/** Event (RFC 6665 §8.2.1): package name (with template, e.g. `presence.winfo`) and params (`id`). */
export interface EventHeader {
  readonly event: string;
  readonly params: Params;
  readonly id?: string;
}

/** Subscription-State (RFC 6665 §8.2.3). */
export interface SubscriptionState {
  /** `active`, `pending`, `terminated` or an extension, lowercased. */
  readonly state: string;
  readonly params: Params;
  readonly expires?: number;
  readonly reason?: string;
  readonly retryAfter?: number;
}

/** Replaces (RFC 3891 §6.1). */
export interface Replaces {
  readonly callId: string;
  readonly toTag: string;
  readonly fromTag: string;
  readonly earlyOnly: boolean;
  readonly params: Params;
}

/** Session-Expires (RFC 4028 §4). */
export interface SessionExpires {
  readonly deltaSeconds: number;
  readonly refresher?: 'uac' | 'uas';
  readonly params: Params;
}

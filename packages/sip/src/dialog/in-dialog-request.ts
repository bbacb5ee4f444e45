import {
  createRequest,
  formatCSeq,
  formatNameAddr,
  type NameAddr,
  type SipRequest,
  type Uri,
} from '../message';
import { type RouteSet, requestTarget } from './route-set';

/**
 * Methods whose requests (and 2xx responses) replace the remote target (§12.2: re-INVITE; RFC 3311
 * UPDATE; RFC 6665 SUBSCRIBE and NOTIFY). They carry the local Contact.
 */
export const TARGET_REFRESH_METHODS: ReadonlySet<string> = new Set([
  'INVITE',
  'UPDATE',
  'SUBSCRIBE',
  'NOTIFY',
]);

/** What the dialog knows that a request within it needs (§12.2.1.1). */
export interface InDialogRequestParts {
  readonly callId: string;
  readonly localUri: NameAddr;
  readonly localTag: string;
  readonly remoteUri: NameAddr;
  readonly remoteTag: string;
  readonly remoteTarget: Uri;
  readonly routeSet: RouteSet;
  readonly localContact?: string;
}

export interface InDialogRequestOptions {
  /**
   * Top Via value with a fresh branch (`SIP/2.0/UDP host:port;branch=z9hG4bK…`): the transport knows
   * sent-by and the transaction layer makes the branch, so the caller supplies it (§8.1.1.7).
   */
  readonly via?: string;
  /** Contact for this request; target refresh requests default to the dialog's local Contact. */
  readonly contact?: string;
  /** Further header fields (Authorization, Session-Expires…), appended in order. */
  readonly headers?: Iterable<readonly [string, string]>;
  readonly body?: Buffer | string;
  readonly contentType?: string;
}

/**
 * A request within a dialog (RFC 3261 §12.2.1.1): To = remote URI with the remote tag, From = local
 * URI with the local tag, the dialog's Call-ID, the given CSeq, and Request-URI/Route from the remote
 * target and route set (loose or strict routing, see `requestTarget`).
 */
export function buildInDialogRequest(
  parts: InDialogRequestParts,
  method: string,
  cseq: number,
  options: InDialogRequestOptions = {},
): SipRequest {
  const target = requestTarget(parts.remoteTarget, parts.routeSet);
  const headers: [string, string][] = [];
  if (options.via !== undefined) headers.push(['Via', options.via]);
  for (const route of target.routes) headers.push(['Route', formatNameAddr(route)]);
  headers.push(['Max-Forwards', '70']);
  headers.push(['From', withTag(parts.localUri, parts.localTag)]);
  headers.push(['To', withTag(parts.remoteUri, parts.remoteTag)]);
  headers.push(['Call-ID', parts.callId]);
  headers.push(['CSeq', formatCSeq({ seq: cseq, method })]);
  const contact = options.contact ?? (TARGET_REFRESH_METHODS.has(method) ? parts.localContact : undefined);
  if (contact !== undefined) headers.push(['Contact', contact]);
  const request = createRequest({
    method,
    uri: target.requestUri,
    headers,
    ...(options.body !== undefined ? { body: options.body } : {}),
    ...(options.contentType !== undefined ? { contentType: options.contentType } : {}),
  });
  for (const [name, value] of options.headers ?? []) request.headers.append(name, value);
  return request;
}

/** The address with exactly this tag (§12.2.1.1: the tags of the dialog, whatever was there). */
function withTag(addr: NameAddr, tag: string): string {
  const params = new Map(addr.params);
  params.set('tag', tag);
  return formatNameAddr({ ...addr, params });
}

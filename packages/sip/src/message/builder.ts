import { getTo } from './accessors';
import { SipHeaders } from './header-store';
import { reasonPhrase } from './reason-phrases';
import type { SipRequest, SipResponse, Uri } from './types';
import { formatUri } from './uri';

/** Header fields given as ordered pairs or as a record (arrays for repeated fields). */
export type HeaderInit =
  | Iterable<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[]>>;

export interface RequestInit {
  readonly method: string;
  readonly uri: string | Uri;
  readonly headers?: HeaderInit;
  readonly body?: Buffer | string;
  /** Content-Type for a non-empty body, unless `headers` already has one. */
  readonly contentType?: string;
  readonly version?: string;
}

export interface ResponseOptions {
  /**
   * To tag to add when the request's To has none (§8.2.6.2: required for every response but 100).
   * Pass the same tag for every response of one transaction so they form one dialog (§12.1.1).
   */
  readonly toTag?: string;
  readonly headers?: HeaderInit;
  readonly body?: Buffer | string;
  readonly contentType?: string;
}

function toPairs(init: HeaderInit | undefined): [string, string][] {
  if (!init) return [];
  const out: [string, string][] = [];
  if (Symbol.iterator in init) {
    for (const [name, value] of init as Iterable<readonly [string, string]>) out.push([name, value]);
  } else {
    for (const [name, value] of Object.entries(init)) {
      if (typeof value === 'string') out.push([name, value]);
      else for (const v of value) out.push([name, v]);
    }
  }
  return out;
}

/**
 * A request from parts. Mandatory headers (§8.1.1: To, From, CSeq, Call-ID, Max-Forwards, Via) are the
 * caller's to give; Content-Length is always set from the body (§20.14, required on streams, §18.3).
 */
export function createRequest(init: RequestInit): SipRequest {
  const request: SipRequest = {
    kind: 'request',
    method: init.method,
    uri: typeof init.uri === 'string' ? init.uri : formatUri(init.uri),
    version: init.version ?? 'SIP/2.0',
    headers: new SipHeaders(toPairs(init.headers)),
    body: Buffer.alloc(0),
  };
  setBody(request, init.body ?? Buffer.alloc(0), init.contentType);
  return request;
}

/**
 * A response to `request` (RFC 3261 §8.2.6): Via (all values, same order), From, To, Call-ID and CSeq
 * copied; a To tag added when missing and the status is not 100 (§8.2.6.2); Timestamp copied into a
 * 100 (§8.2.6.1). Throws a TypeError when a tag is needed and `options.toTag` is not given.
 */
export function createResponse(
  request: SipRequest,
  status: number,
  reason?: string,
  options: ResponseOptions = {},
): SipResponse {
  if (!Number.isInteger(status) || status < 100 || status > 699) {
    throw new TypeError(`createResponse: status ${status} is not 100-699`);
  }
  const headers = new SipHeaders();
  for (const field of request.headers) {
    switch (field.key) {
      case 'via':
      case 'from':
      case 'call-id':
      case 'cseq':
        headers.append(field.name, field.value);
        break;
      case 'to':
        headers.append(field.name, toWithTag(request, field.value, status, options.toTag));
        break;
      case 'timestamp':
        if (status === 100) headers.append(field.name, field.value);
        break;
    }
  }
  for (const [name, value] of toPairs(options.headers)) headers.append(name, value);
  const response: SipResponse = {
    kind: 'response',
    version: 'SIP/2.0',
    status,
    reason: reason ?? reasonPhrase(status),
    headers,
    body: Buffer.alloc(0),
  };
  setBody(response, options.body ?? Buffer.alloc(0), options.contentType);
  return response;
}

function toWithTag(request: SipRequest, value: string, status: number, toTag: string | undefined): string {
  if (status === 100) return value;
  if (getTo(request).tag !== undefined) return value;
  if (toTag === undefined) throw new TypeError('createResponse: To has no tag and options.toTag is missing');
  return `${value};tag=${toTag}`;
}

/**
 * Replace the body and keep Content-Length (and Content-Type, when given) in step with it. An empty
 * body with no type given also removes Content-Type (§20.15: only with a body).
 */
export function setBody(
  message: SipRequest | SipResponse,
  body: Buffer | string,
  contentType?: string,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  message.body = bytes;
  if (contentType !== undefined) message.headers.set('Content-Type', contentType);
  else if (bytes.length === 0) message.headers.delete('content-type');
  message.headers.set('Content-Length', String(bytes.length));
}

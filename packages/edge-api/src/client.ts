import {
  type CallEventInput,
  type ControlPlaneOutcome,
  callEventSchema,
  parseReply,
  type Reply,
} from '@carillon/call-control';
import type { z } from 'zod';
import { edgeAuthorizationHeader } from './auth';
import { type CdrReceipt, type CdrReportInput, cdrReceiptSchema, cdrReportSchema } from './cdr-report';
import { ControlPlaneError, type ControlPlaneIssue } from './errors';
import type { FetchLike } from './http-transport';
import { EDGE_API_PATHS, sipCredentialsPath, tenantByDomainPath } from './paths';
import { type Problem, problemSchema } from './problem';
import { type RegistrationEvent, registrationEventSchema } from './registration-event';
import { type SipCredentials, type SipCredentialsQuery, sipCredentialsSchema } from './sip-credentials';
import { type EdgeTenant, edgeTenantSchema } from './tenant';

/** The call-control deadline of ARCHITECTURE §3: a call never waits longer for a decision. */
export const DEFAULT_CONTROL_PLANE_TIMEOUT_MS = 2000;

export interface ControlPlaneClientOptions {
  /** e.g. `http://127.0.0.1:8081` or `https://…/prod`; a path prefix is kept. */
  readonly baseUrl: string;
  /** `CARILLON_EDGE_TOKEN`, sent as a bearer token. */
  readonly edgeToken: string;
  /** Deadline per request, body included; default 2,000 ms. */
  readonly timeoutMs?: number;
  /** The HTTP exchange; default the global fetch (`keepAliveFetch()` is the lighter choice on Node). */
  readonly fetch?: FetchLike;
}

export interface RequestOptions {
  /** The caller's own cancellation (the call was abandoned, the node drains). */
  readonly signal?: AbortSignal;
  /** Overrides the client's deadline for this request. */
  readonly timeoutMs?: number;
}

interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/**
 * The edge's typed client of the control plane. Every method either returns
 * a value that passed the contract's schema or throws `ControlPlaneError`;
 * `eventOutcome` alone never throws, because a call must get its fallback
 * rather than an exception (`decideActions` in `@carillon/call-control`).
 */
export class ControlPlaneClient {
  readonly #baseUrl: string;
  readonly #authorization: string;
  readonly #timeoutMs: number;
  readonly #fetch: FetchLike;

  constructor(options: ControlPlaneClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#authorization = edgeAuthorizationHeader(options.edgeToken);
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_CONTROL_PLANE_TIMEOUT_MS;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  /** POST a call-control event; the reply, validated for that event (a live call gets ≥ 1 action). */
  async postEvent(event: CallEventInput, options: RequestOptions = {}): Promise<Reply> {
    const path = EDGE_API_PATHS.events;
    const body = this.#validateRequest('POST', path, callEventSchema, event);
    const response = await this.#expectOk('POST', path, body, options);
    const parsed = parseReply(this.#json('POST', path, response), { event: body.event });
    if (!parsed.ok) {
      throw new ControlPlaneError('invalid-response', parsed.error.message, {
        method: 'POST',
        path,
        status: response.status,
        issues: parsed.error.issues,
        cause: parsed.error,
      });
    }
    return parsed.reply;
  }

  /**
   * POST a live call's event and report how it went, for `decideActions`:
   * never throws. A 2xx body is passed on unparsed, so the reply is checked in
   * one place and a bad one gets the `invalid-reply` fallback.
   */
  async eventOutcome(event: CallEventInput, options: RequestOptions = {}): Promise<ControlPlaneOutcome> {
    try {
      const response = await this.#expectOk('POST', EDGE_API_PATHS.events, event, options);
      return { kind: 'reply', body: response.text };
    } catch (error) {
      if (error instanceof ControlPlaneError && error.code === 'timeout') return { kind: 'timeout' };
      return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /** A device's digest credentials; undefined when the control plane knows no such user (404). */
  async getSipCredentials(
    query: SipCredentialsQuery,
    options: RequestOptions = {},
  ): Promise<SipCredentials | undefined> {
    const path = sipCredentialsPath(query);
    const response = await this.#request('GET', path, undefined, options);
    if (response.status === 404) return undefined;
    this.#ensureOk('GET', EDGE_API_PATHS.sipCredentials, response);
    return this.#parse('GET', EDGE_API_PATHS.sipCredentials, sipCredentialsSchema, response);
  }

  /** The active tenant of a SIP domain; undefined when there is none (404). */
  async getTenantByDomain(domain: string, options: RequestOptions = {}): Promise<EdgeTenant | undefined> {
    const path = tenantByDomainPath(domain);
    const response = await this.#request('GET', path, undefined, options);
    if (response.status === 404) return undefined;
    this.#ensureOk('GET', path, response);
    return this.#parse('GET', path, edgeTenantSchema, response);
  }

  /** Send one CDR report; safe to repeat. On failure check `error.retryable`. */
  async postCdrReport(report: CdrReportInput, options: RequestOptions = {}): Promise<CdrReceipt> {
    const path = EDGE_API_PATHS.cdrReports;
    const body = this.#validateRequest('POST', path, cdrReportSchema, report);
    const response = await this.#expectOk('POST', path, body, options);
    return this.#parse('POST', path, cdrReceiptSchema, response);
  }

  async postRegistrationEvent(event: RegistrationEvent, options: RequestOptions = {}): Promise<void> {
    const path = EDGE_API_PATHS.registrationEvents;
    const body = this.#validateRequest('POST', path, registrationEventSchema, event);
    await this.#expectOk('POST', path, body, options);
  }

  #validateRequest<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    input: unknown,
  ): z.output<S> {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    throw new ControlPlaneError('invalid-request', 'the request breaks the edge API contract', {
      method,
      path,
      issues: issuesOf(result.error),
      cause: result.error,
    });
  }

  async #expectOk(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const response = await this.#request(method, path, body, options);
    this.#ensureOk(method, path, response);
    return response;
  }

  #ensureOk(method: string, path: string, response: RawResponse): void {
    if (response.status >= 200 && response.status < 300) return;
    const problem = readProblem(response);
    throw new ControlPlaneError(
      'http-status',
      `status ${response.status}${problem?.detail ? `: ${problem.detail}` : problem ? `: ${problem.title}` : ''}`,
      {
        method,
        path,
        status: response.status,
        ...(problem ? { problem, issues: problem.errors ?? [] } : {}),
      },
    );
  }

  #json(method: string, path: string, response: RawResponse): unknown {
    try {
      return JSON.parse(response.text);
    } catch (cause) {
      throw new ControlPlaneError('invalid-json', 'the answer is not JSON', {
        method,
        path,
        status: response.status,
        cause,
      });
    }
  }

  #parse<S extends z.ZodType>(method: string, path: string, schema: S, response: RawResponse): z.output<S> {
    const result = schema.safeParse(this.#json(method, path, response));
    if (result.success) return result.data;
    throw new ControlPlaneError('invalid-response', 'the answer breaks the edge API contract', {
      method,
      path,
      status: response.status,
      issues: issuesOf(result.error),
      cause: result.error,
    });
  }

  async #request(method: string, path: string, body: unknown, options: RequestOptions): Promise<RawResponse> {
    const deadline = AbortSignal.timeout(options.timeoutMs ?? this.#timeoutMs);
    const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
    const headers: Record<string, string> = {
      authorization: this.#authorization,
      accept: 'application/json, application/problem+json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const describe = { method, path: path.split('?')[0] ?? path };
    try {
      const response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers,
        signal,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      // The deadline covers the body too: a server that stalls mid-body is as late as one that never answers.
      const text = await response.text();
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
    } catch (cause) {
      if (deadline.aborted) {
        throw new ControlPlaneError(
          'timeout',
          `no answer within ${options.timeoutMs ?? this.#timeoutMs} ms`,
          { ...describe, cause },
        );
      }
      if (options.signal?.aborted) {
        throw new ControlPlaneError('aborted', 'cancelled by the caller', { ...describe, cause });
      }
      const detail = cause instanceof Error ? (causeMessage(cause) ?? cause.message) : String(cause);
      throw new ControlPlaneError('unreachable', detail, { ...describe, cause });
    }
  }
}

function issuesOf(error: z.ZodError): ControlPlaneIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    message: issue.message,
  }));
}

function readProblem(response: RawResponse): Problem | undefined {
  if (!response.contentType.includes('json')) return undefined;
  try {
    const result = problemSchema.safeParse(JSON.parse(response.text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Node's fetch wraps the socket error ("ECONNREFUSED") in a generic "fetch failed". */
function causeMessage(error: Error): string | undefined {
  const inner: unknown = error.cause;
  return inner instanceof Error ? `${error.message}: ${inner.message}` : undefined;
}

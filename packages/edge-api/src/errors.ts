import type { Problem } from './problem';

/**
 * What went wrong talking to the control plane, so the edge can branch
 * without parsing messages:
 *  - `timeout`: no complete answer within the deadline (default 2 s);
 *  - `unreachable`: connection refused, reset, DNS …;
 *  - `http-status`: a non-2xx answer (`status`, and `problem` when the body was problem+json);
 *  - `invalid-json`: a 2xx whose body is not JSON;
 *  - `invalid-response`: JSON that breaks the contract (`issues` say where);
 *  - `invalid-request`: the edge tried to send something the contract forbids (an edge bug);
 *  - `aborted`: the caller's own AbortSignal fired.
 */
export type ControlPlaneErrorCode =
  | 'timeout'
  | 'unreachable'
  | 'http-status'
  | 'invalid-json'
  | 'invalid-response'
  | 'invalid-request'
  | 'aborted';

export interface ControlPlaneIssue {
  readonly path: string;
  readonly message: string;
}

export interface ControlPlaneErrorDetails {
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly problem?: Problem;
  readonly issues?: readonly ControlPlaneIssue[];
  readonly cause?: unknown;
}

/** The one error class of `@carillon/edge-api`. */
export class ControlPlaneError extends Error {
  readonly code: ControlPlaneErrorCode;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly issues: readonly ControlPlaneIssue[];

  constructor(code: ControlPlaneErrorCode, message: string, details: ControlPlaneErrorDetails) {
    super(`${details.method} ${details.path}: ${code}: ${message}`, { cause: details.cause });
    this.name = 'ControlPlaneError';
    this.code = code;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.problem = details.problem;
    this.issues = details.issues ?? [];
  }

  /**
   * Worth sending again later (the CDR outbox uses this): the control plane
   * may answer next time. A 4xx other than 408/429 means the request itself is
   * wrong and will be refused again. A garbled 2xx does not prove the write
   * happened, and idempotent writes make a retry safe, so it counts as retryable.
   */
  get retryable(): boolean {
    if (['timeout', 'unreachable', 'invalid-json', 'invalid-response'].includes(this.code)) return true;
    if (this.code !== 'http-status' || this.status === undefined) return false;
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

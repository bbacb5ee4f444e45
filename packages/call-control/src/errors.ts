import type { z } from 'zod';

/** What went wrong, so a caller can branch without parsing messages. */
export type CallControlErrorCode =
  | 'invalid-json'
  | 'invalid-event'
  | 'invalid-reply'
  | 'invalid-policy'
  | 'state-too-large'
  | 'state-invalid'
  | 'state-expired'
  | 'state-key';

/** One field-level problem. */
export interface ProtocolIssue {
  /** Dotted path to the field (`actions.2.targets.0.timeoutMs`); '' for the whole input. */
  readonly path: string;
  readonly message: string;
}

/**
 * The one error class of `@carillon/call-control`: a message broke the
 * protocol, or sealed state could not be made or opened. Carries every issue,
 * not just the first, so a log line shows all that is wrong with a reply.
 */
export class CallControlProtocolError extends Error {
  readonly code: CallControlErrorCode;
  readonly issues: readonly ProtocolIssue[];

  constructor(code: CallControlErrorCode, issues: readonly ProtocolIssue[], options?: { cause?: unknown }) {
    super(
      `${code}: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`,
      options,
    );
    this.name = 'CallControlProtocolError';
    this.code = code;
    this.issues = issues;
  }

  static fromZod(code: CallControlErrorCode, error: z.ZodError): CallControlProtocolError {
    return new CallControlProtocolError(
      code,
      error.issues.map((issue) => ({
        path: issue.path.map((segment) => String(segment)).join('.'),
        message: issue.message,
      })),
      { cause: error },
    );
  }

  /** A problem with the input as a whole. */
  static of(code: CallControlErrorCode, message: string, cause?: unknown): CallControlProtocolError {
    return new CallControlProtocolError(code, [{ path: '', message }], { cause });
  }
}

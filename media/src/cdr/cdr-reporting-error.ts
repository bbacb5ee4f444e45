/**
 * Why the CDR path cannot go on: `journal-not-recovered` — segments of a
 * previous run are still on disk (run recovery first, or their calls would
 * never be reported); `io` — the journal or outbox could not be written.
 */
export type CdrReportingErrorCode = 'journal-not-recovered' | 'io';

export class CdrReportingError extends Error {
  override readonly name = 'CdrReportingError';
  readonly code: CdrReportingErrorCode;

  constructor(code: CdrReportingErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** What went wrong, as a stable code callers can switch on (and tests can assert). */
export type RtpErrorCode =
  | 'TOO_SHORT'
  | 'BAD_VERSION'
  | 'BAD_PADDING'
  | 'BAD_CSRC'
  | 'BAD_EXTENSION'
  | 'BAD_RTCP'
  | 'BAD_EVENT'
  | 'BAD_WAV'
  | 'UNSUPPORTED_WAV'
  | 'INVALID_ARGUMENT';

/**
 * The one error class of `@carillon/rtp`: malformed packets, malformed WAV data and invalid
 * arguments. Parsers throw nothing else, whatever bytes they are given.
 */
export class RtpError extends Error {
  override readonly name = 'RtpError';
  readonly code: RtpErrorCode;

  constructor(code: RtpErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Throws `INVALID_ARGUMENT` unless `value` is an integer in [min, max]. */
export function assertInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RtpError('INVALID_ARGUMENT', `${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

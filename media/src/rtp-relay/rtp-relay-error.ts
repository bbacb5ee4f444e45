/** Why the relay refused: a caller can tell exhaustion (→ 503) from misuse. */
export type RtpRelayErrorCode = 'PORTS_EXHAUSTED' | 'INVALID_OPTIONS' | 'CLOSED' | 'UNKNOWN_LEG';

export class RtpRelayError extends Error {
  readonly code: RtpRelayErrorCode;

  constructor(code: RtpRelayErrorCode, message: string) {
    super(message);
    this.name = 'RtpRelayError';
    this.code = code;
  }
}

export type MediaEngineErrorCode =
  | 'PROMPT_NOT_FOUND'
  | 'BAD_PROMPT'
  | 'NO_CODEC'
  | 'UNSUPPORTED_CODEC'
  | 'INVALID_DIGIT'
  | 'INVALID_OPTIONS';

export class MediaEngineError extends Error {
  readonly code: MediaEngineErrorCode;

  constructor(code: MediaEngineErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MediaEngineError';
    this.code = code;
  }
}

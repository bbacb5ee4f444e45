import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * Fields that must never reach a log line. pino replaces them with
 * "[redacted]" wherever they appear at these paths, so a careless
 * `log.info({ device })` cannot leak a credential.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'ha1Md5',
  '*.ha1Md5',
  'ha1Sha256',
  '*.ha1Sha256',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  // One-time and second-factor secrets of the portal (password reset, TOTP) and sealed references.
  'token',
  '*.token',
  'csrfToken',
  '*.csrfToken',
  'totpCode',
  '*.totpCode',
  'totpSecret',
  '*.totpSecret',
  'recoveryCode',
  '*.recoveryCode',
  'recoveryCodes',
  '*.recoveryCodes',
  'pin',
  '*.pin',
  'pinHash',
  '*.pinHash',
  'keyHash',
  '*.keyHash',
  'secretRef',
  '*.secretRef',
  'sipPassword',
  '*.sipPassword',
];

export interface LoggerOptions {
  /** The deployable or module emitting the lines, e.g. "api" or "edge". */
  readonly service: string;
  readonly level?: string;
  /** For tests: where lines go instead of stdout. */
  readonly destination?: DestinationStream;
}

/**
 * The one logger: structured JSON, one object per line, with `service` on
 * every line. Request- and call-scoped context (`tenantId`, `callId`,
 * `requestId`) is added with `logger.child({...})` where it is known.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: options.service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  );
}

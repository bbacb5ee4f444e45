import { loadConfig } from '@carillon/config';
import { z } from 'zod';

/** A request limit per window; 0 turns the limit off. */
const perWindow = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

const apiConfigSchema = z.object({
  CARILLON_TABLE_NAME: z.string().min(1, 'the DynamoDB table name is required'),
  CARILLON_BUCKET_PREFIX: z.string().min(1, 'the S3 bucket prefix is required'),
  /** Path-style S3 URLs (`http://host/bucket/key`), which S3-API servers on 127.0.0.1 need; AWS uses virtual hosts. */
  CARILLON_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'CARILLON_S3_FORCE_PATH_STYLE must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  /**
   * On AWS: the ARN of the Secrets Manager secret (a JSON object) that carries
   * the variables of API_SECRET_VARIABLES; read once per Lambda instance
   * (lambda.ts), never set as plain function configuration.
   */
  CARILLON_SECRETS_ARN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /**
   * Signs session cookies, CSRF tokens and pagination cursors; the same on
   * every instance. Absent: a random one per process (fine for one embedded
   * process; sessions and cursors then do not survive a restart and do not
   * work across Lambda instances — deployments must set it).
   */
  CARILLON_API_SECRET: z.string().min(32, 'the API secret must be at least 32 characters').optional(),
  /**
   * Key (32 bytes, base64url) that encrypts TOTP seeds at rest. Absent: derived
   * from CARILLON_API_SECRET — then rotating that secret makes every enrolled
   * authenticator unreadable (users fall back to their recovery codes), so
   * deployments that rotate the API secret set this one separately.
   */
  CARILLON_TOTP_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, 'the TOTP key must be 32 bytes, base64url (43 characters)')
    .optional(),
  /**
   * SHA-256 (hex) of the platform operators' API keys, comma-separated. The
   * operator has no account in the table: its keys are made at deploy time and
   * only their hashes are configured here (Secrets Manager on AWS).
   */
  CARILLON_OPERATOR_KEY_HASHES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((hash) => hash.trim().toLowerCase())
        .filter((hash) => hash !== ''),
    )
    .pipe(z.array(z.string().regex(/^[0-9a-f]{64}$/, 'each operator key hash must be 64 hex digits'))),
  /** Where the portal runs; password-reset links point at `<url>/reset-password#token=…`. */
  CARILLON_PORTAL_URL: z.url('the portal URL must be an absolute URL').default('http://127.0.0.1:3000'),
  /** Sender of the API's mail (password reset). */
  MAIL_FROM: z.string().min(3).default('Carillon <no-reply@carillon.localhost>'),
  /** `smtp://user:pass@host:port` or `smtps://…`: mail goes out through this server. */
  MAIL_SMTP_URL: z.url('MAIL_SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  /**
   * Without MAIL_SMTP_URL: each message is written as an RFC 5322 `.eml` file
   * (mode 0600) into this directory — the embedded default's durable outbox.
   * Without either, mail is dropped with a warning.
   */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /** How long a password-reset link works (seconds; default 30 minutes). */
  PASSWORD_RESET_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(86_400)
    .default(30 * 60),
  /**
   * Request limits (fixed windows of RATE_LIMIT_WINDOW_SECONDS), each answered
   * with 429 and Retry-After (RFC 9110 §10.2.3, RFC 6585 §4) once exceeded:
   * per source address over every /v1 request, per API key, per portal
   * session user; and the tighter ones of the public sign-in routes.
   */
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  RATE_LIMIT_PER_ADDRESS: perWindow(1200),
  RATE_LIMIT_PER_API_KEY: perWindow(600),
  RATE_LIMIT_PER_SESSION: perWindow(300),
  /** POST /session and POST /password-reset/confirm, per source address. */
  RATE_LIMIT_LOGIN_PER_ADDRESS: perWindow(30),
  /** POST /password-reset, per source address (429). */
  RATE_LIMIT_RESET_PER_ADDRESS: perWindow(5),
  /** Reset mails per e-mail address and hour; over it the request is accepted but no mail is sent. */
  RATE_LIMIT_RESET_MAILS_PER_HOUR: perWindow(3),
  /**
   * Proxies in front of the API that append to X-Forwarded-For (CloudFront,
   * a load balancer): the client address is taken that many entries from the
   * right. 0: the connection's own peer address (Lambda: the API Gateway
   * source IP).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Tenants' SIP domains are `<slug>.<this>` (set by the API when a tenant is created). */
  CARILLON_PLATFORM_DOMAIN: z
    .string()
    .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i, 'the platform domain must be a DNS name')
    .default('carillon.localhost'),
  /** Days between DELETE /tenants/{id} and the purge; the tenant can be restored until then. */
  TENANT_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** How often a long-running API process (server.ts) purges tenants past their grace period; 0 = never. */
  TENANT_PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(10_080).default(60),
});

export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Read once per cold start (Lambda) or process start (embedded). */
/** The settings that are secrets: on AWS they come from the secret CARILLON_SECRETS_ARN names. */
export const API_SECRET_VARIABLES = [
  'CARILLON_API_SECRET',
  'CARILLON_TOTP_KEY',
  'CARILLON_OPERATOR_KEY_HASHES',
  'MAIL_SMTP_URL',
] as const;

export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  return loadConfig(apiConfigSchema, env);
}

/** What `createApiApp` takes: the table and bucket, and any other setting (the rest take their defaults). */
export type ApiConfigInput = Pick<ApiConfig, 'CARILLON_TABLE_NAME' | 'CARILLON_BUCKET_PREFIX'> &
  Partial<ApiConfig>;

/** The input with every absent setting at its default, as `loadApiConfig` would give it. */
export function completeApiConfig(input: ApiConfigInput): ApiConfig {
  const defaults = loadApiConfig({
    CARILLON_TABLE_NAME: input.CARILLON_TABLE_NAME,
    CARILLON_BUCKET_PREFIX: input.CARILLON_BUCKET_PREFIX,
  });
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return { ...defaults, ...given } as ApiConfig;
}

import { loadConfig } from '@carillon/config';
import { MIN_EDGE_TOKEN_LENGTH } from '@carillon/edge-api';
import { z } from 'zod';

const secret = (name: string, min: number) =>
  z.string({ error: `${name} is required` }).min(min, `${name} must be at least ${min} characters`);

const callControlConfigSchema = z.object({
  CARILLON_TABLE_NAME: z.string().min(1, 'the DynamoDB table name is required'),
  /** Shared with the edge nodes; see `@carillon/edge-api` auth. */
  CARILLON_EDGE_TOKEN: secret('CARILLON_EDGE_TOKEN', MIN_EDGE_TOKEN_LENGTH),
  /**
   * HMAC keys sealing call state, comma-separated, current first: an old key
   * stays listed until calls sealed with it have ended (a few hours).
   */
  CARILLON_CALL_STATE_KEYS: z
    .string({ error: 'CARILLON_CALL_STATE_KEYS is required' })
    .transform((raw) => raw.split(',').map((key) => key.trim()))
    .pipe(
      z
        .array(z.string().min(32, 'every call state key must be at least 32 characters'))
        .min(1, 'at least one call state key is required'),
    ),
  /** How long the callee's phones ring before the "not available" treatment (issue 4: 30 s). */
  CARILLON_RING_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  /** Concurrent calls per device, enforced by the edge (the device model has no per-device field yet). */
  CARILLON_DEVICE_MAX_CONCURRENT_CALLS: z.coerce.number().int().min(0).max(100).default(4),
  /**
   * How long call routing and the credential route reuse tenants, devices, users and number
   * assignments (0 = read the store every time). A portal change reaches calls at most this much
   * later; registrations are never cached here.
   */
  CARILLON_DIRECTORY_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type CallControlConfig = z.infer<typeof callControlConfigSchema>;

/** Read once per cold start (Lambda) or process start (embedded). */
export function loadCallControlConfig(
  env: Record<string, string | undefined> = process.env,
): CallControlConfig {
  return loadConfig(callControlConfigSchema, env);
}

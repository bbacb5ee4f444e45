import { loadConfig } from '@carillon/config';
import { z } from 'zod';

/** The delivery worker's own settings; the shared webhook settings come from `loadWebhookConfig`. */
const deliveryConfigSchema = z.object({
  CARILLON_TABLE_NAME: z.string().min(1, 'the DynamoDB table name is required'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /**
   * How long a worker holds a delivery it is sending (see DEFAULT_LEASE_MS): a
   * worker killed mid-attempt delays that message by this much. Must exceed
   * one attempt (15 s timeout); tests shorten it.
   */
  CARILLON_WEBHOOK_LEASE_SECONDS: z.coerce.number().min(1).max(900).default(60),
  /** Embedded worker: pause between polls when nothing is due. */
  CARILLON_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
});

export type DeliveryConfig = z.infer<typeof deliveryConfigSchema>;

export function loadDeliveryConfig(env: Record<string, string | undefined> = process.env): DeliveryConfig {
  return loadConfig(deliveryConfigSchema, env);
}

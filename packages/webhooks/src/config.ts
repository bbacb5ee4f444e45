import { loadConfig } from '@carillon/config';
import { z } from 'zod';
import type { UrlPolicy } from './url-policy';

const flag = (name: string) =>
  z
    .enum(['true', 'false'], { error: `${name} must be true or false` })
    .default('false')
    .transform((value) => value === 'true');

/**
 * Webhook settings, read with the one config loader by every deployable that
 * emits or delivers webhooks (API, call control, delivery worker/Lambda).
 */
const webhookConfigSchema = z.object({
  /** AWS: the delivery queue; absent = the embedded default (the worker polls the table). */
  CARILLON_WEBHOOK_QUEUE_URL: z.string().min(1, 'CARILLON_WEBHOOK_QUEUE_URL must not be empty').optional(),
  /**
   * Embedded default and tests only: also accept `http://127.0.0.1…` endpoints
   * (see url-policy.ts). Never set in a deployment.
   */
  CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP: flag('CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP'),
});

export interface WebhookConfig {
  readonly queueUrl: string | undefined;
  readonly urlPolicy: UrlPolicy;
}

export function loadWebhookConfig(env: Record<string, string | undefined> = process.env): WebhookConfig {
  const config = loadConfig(webhookConfigSchema, env);
  return {
    queueUrl: config.CARILLON_WEBHOOK_QUEUE_URL,
    urlPolicy: { allowLoopbackHttp: config.CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP },
  };
}

import { loadConfig } from '@carillon/config';
import { z } from 'zod';

const apiConfigSchema = z.object({
  CARILLON_TABLE_NAME: z.string().min(1, 'the DynamoDB table name is required'),
  CARILLON_BUCKET_PREFIX: z.string().min(1, 'the S3 bucket prefix is required'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Read once per cold start (Lambda) or process start (embedded). */
export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  return loadConfig(apiConfigSchema, env);
}

import { loadConfig } from '@carillon/config';
import { z } from 'zod';

const apiConfigSchema = z.object({
  CARILLON_TABLE_NAME: z.string().min(1, 'the DynamoDB table name is required'),
  CARILLON_BUCKET_PREFIX: z.string().min(1, 'the S3 bucket prefix is required'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /**
   * Signs session cookies, CSRF tokens and pagination cursors; the same on
   * every instance. Absent: a random one per process (fine for one embedded
   * process; sessions and cursors then do not survive a restart and do not
   * work across Lambda instances — deployments must set it).
   */
  CARILLON_API_SECRET: z.string().min(32, 'the API secret must be at least 32 characters').optional(),
});

export type ApiConfig = z.infer<typeof apiConfigSchema>;

/** Read once per cold start (Lambda) or process start (embedded). */
export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  return loadConfig(apiConfigSchema, env);
}

import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createLogger } from '@carillon/logger';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { ApiConfig } from './config';

/** The control-plane API. Same app behind Lambda (`lambda.ts`) and Node (`server.ts`). */
export function createApiApp(config: ApiConfig) {
  const log = createLogger({ service: 'api', level: config.LOG_LEVEL });
  const dynamodb = new DynamoDBClient({});
  const app = new Hono();

  app.use(requestId());

  /** Liveness: the process answers. */
  app.get('/health', (c) => c.json({ status: 'ok' }));

  /** Readiness: the table this deployment is configured with answers. */
  app.get('/health/ready', async (c) => {
    try {
      await dynamodb.send(new DescribeTableCommand({ TableName: config.CARILLON_TABLE_NAME }));
      return c.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error, requestId: c.get('requestId') }, 'readiness check failed');
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  return app;
}

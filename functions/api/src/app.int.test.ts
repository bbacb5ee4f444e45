import { describe, expect, it } from 'vitest';
import { createApiApp } from './app';
import { loadApiConfig } from './config';

describe('api app against the embedded DynamoDB', () => {
  it('is ready when its table exists', async () => {
    const app = createApiApp({ ...loadApiConfig(), LOG_LEVEL: 'fatal' });
    const response = await app.request('/health/ready');
    expect(response.status).toBe(200);
  });

  it('is not ready, and says so with 503, when its table is missing', async () => {
    const app = createApiApp({
      ...loadApiConfig(),
      LOG_LEVEL: 'fatal',
      CARILLON_TABLE_NAME: 'no-such-table',
    });
    const response = await app.request('/health/ready');
    expect(response.status).toBe(503);
  });
});

import { describe, expect, it } from 'vitest';
import { createApiApp } from './app';

describe('api app', () => {
  it('answers liveness without touching storage', async () => {
    const app = createApiApp({ CARILLON_TABLE_NAME: 't', CARILLON_BUCKET_PREFIX: 'b', LOG_LEVEL: 'fatal' });
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });
});

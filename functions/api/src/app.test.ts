import { describe, expect, it } from 'vitest';
import { createApiApp } from './app';

// No storage is reached by any request below: each is answered before a repository call.
const config = {
  CARILLON_TABLE_NAME: 't',
  CARILLON_BUCKET_PREFIX: 'b',
  LOG_LEVEL: 'fatal',
  CARILLON_API_SECRET: 'unit-test-secret-unit-test-secret-0123',
} as const;

describe('api app', () => {
  it('answers liveness without touching storage', async () => {
    const app = createApiApp(config);
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('publishes an OpenAPI 3.1 document that lists the user routes and the problem schema', async () => {
    const response = await createApiApp(config).request('/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths['/tenants/{tenantId}/users'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/tenants/{tenantId}/users/{userId}'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
    ]);
    expect(document.components.schemas).toHaveProperty('Problem');
  });

  it('serves a reference page that loads nothing from another origin', async () => {
    const response = await createApiApp(config).request('/v1/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/v1/openapi.json');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/i);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  it('answers an unknown route with a problem+json 404 carrying the request id', async () => {
    const response = await createApiApp(config).request('/v1/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; requestId: string };
    expect(body.status).toBe(404);
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('answers a known path with another method with 405 and the allowed methods', async () => {
    const response = await createApiApp(config).request('/v1/tenants/tnt_x/users', { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('refuses a user route without credentials with 401 and a Bearer challenge', async () => {
    const response = await createApiApp(config).request('/v1/tenants/tnt_x/users');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a bearer token that is not a Carillon key before any lookup', async () => {
    const response = await createApiApp(config).request('/v1/tenants/tnt_x/users', {
      headers: { authorization: 'Bearer github_pat_123' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('answers a login body that is not JSON with 400 malformed-json', async () => {
    const response = await createApiApp(config).request('/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('malformed-json');
  });

  it('names each missing login field in a 422', async () => {
    const response = await createApiApp(config).request('/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([
      { field: 'email', message: 'email is required' },
      { field: 'password', message: 'password is required' },
    ]);
  });

  it('answers a login sent as a form with 415', async () => {
    const response = await createApiApp(config).request('/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a',
    });
    expect(response.status).toBe(415);
  });
});

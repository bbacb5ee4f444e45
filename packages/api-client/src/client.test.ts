import { describe, expect, it } from 'vitest';
import { CSRF_HEADER, cookieValue, createCarillonClient } from './client';
import { fieldErrors } from './problem';

/** Records the requests the client makes and answers each with `body`. */
function recordingFetch(body: unknown, status = 200) {
  const requests: Request[] = [];
  const fetch = async (input: Request | string | URL) => {
    requests.push(input as Request);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { requests, fetch: fetch as typeof globalThis.fetch };
}

describe('createCarillonClient', () => {
  it('sends the CSRF token on unsafe methods only', async () => {
    const { requests, fetch } = recordingFetch({});
    const client = createCarillonClient({ baseUrl: 'http://api.test/v1', fetch, csrfToken: () => 'tok' });
    await client.GET('/me');
    await client.DELETE('/session');
    expect(requests.map((request) => [request.method, request.headers.get(CSRF_HEADER)])).toEqual([
      ['GET', null],
      ['DELETE', 'tok'],
    ]);
  });

  it('fills path parameters and keeps the base URL', async () => {
    const { requests, fetch } = recordingFetch({ items: [] });
    const client = createCarillonClient({ baseUrl: 'http://api.test/v1', fetch, headers: { cookie: 'a=b' } });
    await client.GET('/tenants/{tenantId}/users', {
      params: { path: { tenantId: 'tnt_1' }, query: { limit: 5 } },
    });
    expect(requests[0]?.url).toBe('http://api.test/v1/tenants/tnt_1/users?limit=5');
    expect(requests[0]?.headers.get('cookie')).toBe('a=b');
  });
});

describe('cookieValue', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(cookieValue('x=1; __Host-carillon-csrf=a%2Bb; y=2', '__Host-carillon-csrf')).toBe('a+b');
    expect(cookieValue('x=1', '__Host-carillon-csrf')).toBeUndefined();
    expect(cookieValue('', 'x')).toBeUndefined();
  });
});

describe('fieldErrors', () => {
  it('maps the first message of each field and ignores non-problems', () => {
    const problem = {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      code: 'validation-failed',
      errors: [
        { field: 'email', message: 'email is invalid' },
        { field: 'email', message: 'second' },
        { field: 'rights.fax', message: 'right fax must be true or false' },
      ],
    };
    expect(fieldErrors(problem)).toEqual({
      email: 'email is invalid',
      'rights.fax': 'right fax must be true or false',
    });
    expect(fieldErrors({ hello: 1 })).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });
});

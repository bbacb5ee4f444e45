import { describe, expect, it } from 'vitest';
import { ControlPlaneClient } from './client';
import { ControlPlaneError } from './errors';
import { sampleCallNew, sampleCdrReport } from './test-support';

const TOKEN = 'edge-token-for-unit-tests-0123456789';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from `respond` and records what it was asked. */
function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = String(input);
    seen.push({ url, init });
    return respond(url, init);
  };
  return { fetch, seen };
}

/** A fetch that never answers but honours its AbortSignal, like a hung server. */
const hangingFetch: typeof globalThis.fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

function client(fetch: typeof globalThis.fetch, timeoutMs?: number) {
  return new ControlPlaneClient({
    baseUrl: 'http://cp.test/prefix/',
    edgeToken: TOKEN,
    fetch,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

const hangup = { protocolVersion: 1, actions: [{ type: 'hangup', sipStatus: 404 }], state: null };

describe('ControlPlaneClient.postEvent', () => {
  it('posts the event with the bearer token under the base path and returns the parsed reply', async () => {
    const { fetch, seen } = fakeFetch(() => json(hangup));
    const reply = await client(fetch).postEvent(sampleCallNew());
    expect(reply.actions).toEqual([{ type: 'hangup', sipStatus: 404, cause: 16 }]);
    expect(seen[0]?.url).toBe('http://cp.test/prefix/edge/v1/events');
    expect(new Headers(seen[0]?.init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(String(seen[0]?.init.body))).toMatchObject({ event: 'call.new', seq: 1 });
  });

  it('gives up after the deadline with a timeout error instead of hanging the call', async () => {
    const started = performance.now();
    const error = await client(hangingFetch, 50)
      .postEvent(sampleCallNew())
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ControlPlaneError);
    expect((error as ControlPlaneError).code).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports a reply with no actions for a live call as invalid, naming the field', async () => {
    const { fetch } = fakeFetch(() => json({ protocolVersion: 1, actions: [] }));
    const error = (await client(fetch)
      .postEvent(sampleCallNew())
      .catch((caught: unknown) => caught)) as ControlPlaneError;
    expect(error.code).toBe('invalid-response');
    expect(error.issues.map((issue) => issue.path)).toEqual(['actions']);
  });

  it('reports a non-JSON 2xx as invalid-json', async () => {
    const { fetch } = fakeFetch(() => new Response('<html>gateway</html>', { status: 200 }));
    await expect(client(fetch).postEvent(sampleCallNew())).rejects.toMatchObject({ code: 'invalid-json' });
  });

  it('carries the problem details of a non-2xx answer', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [{ path: 'seq', message: 'seq must be at least 1' }],
    };
    const { fetch } = fakeFetch(() => json(problem, 400, 'application/problem+json'));
    const error = (await client(fetch)
      .postEvent(sampleCallNew())
      .catch((caught: unknown) => caught)) as ControlPlaneError;
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(400);
    expect(error.issues).toEqual(problem.errors);
    expect(error.retryable).toBe(false);
  });

  it('refuses to send an event that breaks the protocol, before any request', async () => {
    const { fetch, seen } = fakeFetch(() => json(hangup));
    await expect(client(fetch).postEvent(sampleCallNew({ seq: 0 }))).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(seen).toHaveLength(0);
  });

  it('tells a caller abort apart from the deadline', async () => {
    const controller = new AbortController();
    const pending = client(hangingFetch, 5000).postEvent(sampleCallNew(), { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  });
});

describe('ControlPlaneClient.eventOutcome', () => {
  it('maps a timeout, a refused connection and a 2xx to the outcomes decideActions takes', async () => {
    const refused: typeof globalThis.fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    };
    const { fetch } = fakeFetch(() => json(hangup));
    expect(await client(hangingFetch, 20).eventOutcome(sampleCallNew())).toEqual({ kind: 'timeout' });
    const unreachable = await client(refused).eventOutcome(sampleCallNew());
    expect(unreachable.kind).toBe('unreachable');
    expect(unreachable.kind === 'unreachable' && unreachable.detail).toContain('ECONNREFUSED');
    expect(await client(fetch).eventOutcome(sampleCallNew())).toEqual({
      kind: 'reply',
      body: JSON.stringify(hangup),
    });
  });
});

describe('ControlPlaneClient lookups', () => {
  const credentials = {
    tenantId: 'tnt_0000000000000000000000000a',
    deviceId: 'dev_0000000000000000000000000a',
    userId: null,
    realm: 'acme.pbx.test',
    ha1Md5: '0'.repeat(32),
    ha1Sha256: 'f'.repeat(64),
    maxConcurrentCalls: 4,
    tenantMaxConcurrentCalls: 10,
  };

  it('encodes the credentials query and returns the credentials', async () => {
    const { fetch, seen } = fakeFetch(() => json(credentials));
    const found = await client(fetch).getSipCredentials({ domain: 'acme.pbx.test', username: 'a b&c' });
    expect(found).toEqual(credentials);
    expect(seen[0]?.url).toBe(
      'http://cp.test/prefix/edge/v1/sip-credentials?domain=acme.pbx.test&username=a+b%26c',
    );
  });

  it('returns undefined for an unknown user (404), leaving the identical challenge to the edge', async () => {
    const { fetch } = fakeFetch(() => json({ title: 'Not Found', status: 404 }, 404));
    expect(await client(fetch).getSipCredentials({ domain: 'acme.pbx.test', username: 'x' })).toBeUndefined();
  });

  it('throws on a 401 rather than treating it as an unknown user', async () => {
    const { fetch } = fakeFetch(() => json({ title: 'Unauthorized', status: 401 }, 401));
    await expect(
      client(fetch).getSipCredentials({ domain: 'acme.pbx.test', username: 'x' }),
    ).rejects.toMatchObject({ code: 'http-status', status: 401 });
  });

  it('rejects credentials missing a hash as a contract breach', async () => {
    const { ha1Sha256: _, ...partial } = credentials;
    const { fetch } = fakeFetch(() => json(partial));
    await expect(
      client(fetch).getSipCredentials({ domain: 'acme.pbx.test', username: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('looks up a tenant by domain', async () => {
    const tenant = {
      tenantId: credentials.tenantId,
      sipDomain: 'acme.pbx.test',
      country: 'DE',
      language: 'de',
      maxConcurrentCalls: 10,
    };
    const { fetch, seen } = fakeFetch(() => json(tenant));
    expect(await client(fetch).getTenantByDomain('acme.pbx.test')).toEqual(tenant);
    expect(seen[0]?.url).toBe('http://cp.test/prefix/edge/v1/tenants/by-domain/acme.pbx.test');
  });
});

describe('ControlPlaneClient.postCdrReport', () => {
  it('returns the receipt', async () => {
    const { fetch } = fakeFetch(() => json({ cdrId: 'cdr_1', created: true }, 201));
    expect(await client(fetch).postCdrReport(sampleCdrReport())).toEqual({ cdrId: 'cdr_1', created: true });
  });

  it.each([
    [503, true],
    [429, true],
    [400, false],
    [409, false],
  ])('marks a %i answer retryable = %s for the outbox', async (status, retryable) => {
    const { fetch } = fakeFetch(() => json({ title: 'x', status }, status, 'application/problem+json'));
    const error = (await client(fetch)
      .postCdrReport(sampleCdrReport())
      .catch((caught: unknown) => caught)) as ControlPlaneError;
    expect(error.retryable).toBe(retryable);
  });
});

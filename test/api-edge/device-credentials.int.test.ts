import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, integrationApi } from '../../functions/api/src/int-test-fixtures';
import { tenantRecordWithKey } from '../../functions/api/src/routes/tenant-resource-contract';
import type { Edge } from '../../media/src/edge';
import { startTestEdge } from '../../media/test/edge-harness';
import { buildRegister, SipTestClient, withCredentials } from '../../media/test/sip-test-client';

/**
 * The control plane's device credentials against the real edge: a device
 * created through the API registers at the registrar (reading the HA1 the
 * API stored) with the password shown once, for each digest algorithm (MD5,
 * RFC 2617; SHA-256, RFC 8760), shows up in the API's registrations view,
 * and after `rotate-credentials` only the new password works.
 */
const { app, store } = integrationApi();
const edges = new Map<string, Edge>();
/** A short credential cache, so the rotation reaches the registrar within the test's bounded wait. */
const CACHE_SECONDS = '1';

beforeAll(async () => {
  for (const algorithm of ['MD5', 'SHA-256']) {
    edges.set(
      algorithm,
      await startTestEdge(store, {
        DIGEST_ALGORITHMS: algorithm,
        CREDENTIAL_CACHE_TTL_SECONDS: CACHE_SECONDS,
      }),
    );
  }
});

afterAll(async () => {
  for (const edge of edges.values()) await edge.stop(500);
});

interface Credentials {
  username: string;
  password: string;
  domain: string;
}

async function register(edge: Edge, credentials: Credentials) {
  const client = await SipTestClient.open('UDP', edge.ports.UDP ?? 0);
  try {
    const first = buildRegister(client, { domain: credentials.domain, username: credentials.username });
    const challenge = await client.request(first);
    if (challenge?.status !== 401) return challenge?.status;
    const answer = await client.request(
      withCredentials(first, challenge, credentials.username, credentials.password),
    );
    return answer?.status;
  } finally {
    client.close();
  }
}

describe('device credentials from the API at the edge', () => {
  for (const algorithm of ['MD5', 'SHA-256']) {
    it(`register with ${algorithm}, show as registered, and stop working once rotated`, async () => {
      const edge = edges.get(algorithm) as Edge;
      const { tenantId, key } = await tenantRecordWithKey(store, ['devices:write']);
      const domain = (await store.tenants.get(tenantId)).sipDomain;
      const created = await call(app, 'POST', `/tenants/${tenantId}/devices`, {
        key,
        body: { kind: 'softphone', displayName: `Edge ${algorithm}` },
      });
      expect(created.status, created.text).toBe(201);
      const device = created.json as { id: string; sipUsername: string; sipPassword: string };
      const original = { username: device.sipUsername, password: device.sipPassword, domain };

      expect(await register(edge, { ...original, password: `${device.sipPassword}x` })).not.toBe(200);
      expect(await register(edge, original)).toBe(200);

      const view = await call(app, 'GET', `/tenants/${tenantId}/devices/${device.id}/registrations`, { key });
      expect(view.status, view.text).toBe(200);
      const bindings = view.json as {
        registered: boolean;
        items: { transport: string; sourceAddress: string }[];
      };
      expect(bindings.registered).toBe(true);
      expect(bindings.items).toHaveLength(1);
      expect(bindings.items[0]).toMatchObject({ transport: 'udp' });
      expect(bindings.items[0]?.sourceAddress).toMatch(/^127\.0\.0\.1:\d+$/);

      const rotated = await call(
        app,
        'POST',
        `/tenants/${tenantId}/devices/${device.id}/rotate-credentials`,
        {
          key,
        },
      );
      expect(rotated.status, rotated.text).toBe(200);
      const fresh = { ...original, password: (rotated.json as { sipPassword: string }).sipPassword };
      // The edge caches credentials for CACHE_SECONDS: wait (bounded) until it has the new ones.
      let status: number | undefined;
      for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
        status = await register(edge, fresh);
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(200);
      expect(await register(edge, original)).not.toBe(200);
    });
  }
});

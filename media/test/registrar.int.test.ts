import { getContact, getTopVia, parseDigestChallenge } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edge } from '../src/edge';
import { integrationStore, type SeededDevice, seedTenantWithDevice, startTestEdge } from './edge-harness';
import { buildRegister, type ClientTransport, SipTestClient, withCredentials } from './sip-test-client';

let store: Store;
let edge: Edge;
let device: SeededDevice;

beforeAll(async () => {
  store = integrationStore();
  device = await seedTenantWithDevice(store);
  edge = await startTestEdge(store);
});

afterAll(async () => {
  await edge?.stop(500);
});

function portOf(transport: ClientTransport): number {
  const port = edge.ports[transport];
  if (port === undefined) throw new Error(`${transport} not bound`);
  return port;
}

async function registerOver(transport: ClientTransport, expires = 600) {
  const client = await SipTestClient.open(transport, portOf(transport));
  const first = buildRegister(client, { domain: device.domain, username: device.username, expires });
  const challenge = await client.request(first);
  if (challenge?.status !== 401) throw new Error(`expected 401, got ${challenge?.status}`);
  const answer = withCredentials(first, challenge, device.username, device.password);
  const ok = await client.request(answer);
  return { client, challenge, ok, answer };
}

describe('registrar over every transport', () => {
  for (const transport of ['UDP', 'TCP', 'TLS', 'WS', 'WSS'] as const) {
    it(`registers a device over ${transport} with digest auth and stores the flow on the binding`, async () => {
      const { client, ok } = await registerOver(transport);
      try {
        expect(ok?.status).toBe(200);
        const contacts = ok ? getContact(ok).contacts : [];
        expect(contacts.length).toBeGreaterThanOrEqual(1);
        const mine = contacts.find(
          (c) => c.uri.kind === 'sip' && c.uri.params.get('transport') === transport.toLowerCase(),
        );
        expect(Number(mine?.params.get('expires'))).toBeGreaterThan(590);
        const locations = await edge.location.locate(
          device.tenantId,
          `sip:${device.username}@${device.domain}`,
        );
        const flow = locations.find((l) => l.binding.transport === transport.toLowerCase());
        expect(flow?.local).toBe(true);
        expect(flow?.destination.port).toBe(client.localPort);
        expect(flow?.binding.edgeNodeId).toBe(edge.config.EDGE_NODE_ID);
        if (transport !== 'UDP')
          expect(edge.stack.hub.connections.get(flow?.destination.connectionId ?? '')).toBeDefined();
      } finally {
        client.close();
      }
    });
  }
});

describe('registrar rules', () => {
  it('gives an unknown user exactly the same challenge shape as a known one (no enumeration)', async () => {
    const client = await SipTestClient.open('UDP', portOf('UDP'));
    try {
      const known = await client.request(
        buildRegister(client, { domain: device.domain, username: device.username }),
      );
      const unknown = await client.request(
        buildRegister(client, { domain: device.domain, username: 'nobody-here' }),
      );
      const shape = (r: typeof known) => ({
        status: r?.status,
        reason: r?.reason,
        headers: [...(r?.headers ?? [])].map((f) => f.name),
        challenges: (r?.headers.getAll('www-authenticate') ?? []).map((v) => {
          const { nonce: _nonce, ...rest } = parseDigestChallenge(v);
          return rest;
        }),
      });
      expect(shape(unknown)).toEqual(shape(known));
      expect(shape(known).challenges.map((c) => c.algorithm)).toEqual(['MD5', 'SHA-256']);

      // A wrong password for a known user and any password for an unknown one fail the same way.
      const wrong = await client.request(
        withCredentials(
          buildRegister(client, { domain: device.domain, username: device.username }),
          known!,
          device.username,
          'not-the-password',
        ),
      );
      const ghost = await client.request(
        withCredentials(
          buildRegister(client, { domain: device.domain, username: 'nobody-here' }),
          unknown!,
          'nobody-here',
          'whatever',
        ),
      );
      expect(wrong?.status).toBe(401);
      expect(shape(ghost)).toEqual(shape(wrong));
    } finally {
      client.close();
    }
  });

  it('fills in rport and received on the Via of the answer (RFC 3581)', async () => {
    const { client, ok } = await registerOver('UDP');
    client.close();
    const via = ok ? getTopVia(ok) : undefined;
    expect(via?.rport).toBe(client.localPort);
    expect(via?.received).toBe('127.0.0.1');
  });

  it('answers 423 with Min-Expires when the interval is too brief', async () => {
    const { ok, client } = await registerOver('UDP', 10);
    client.close();
    expect(ok?.status).toBe(423);
    expect(ok?.headers.get('min-expires')).toBe(String(edge.config.REGISTER_MIN_EXPIRES));
  });

  it('removes a binding with Expires: 0 and every binding with Contact: *', async () => {
    const aor = `sip:${device.username}@${device.domain}`;
    const { client, answer } = await registerOver('TCP');
    try {
      const before = await edge.location.list(device.tenantId, aor);
      expect(
        before.some((b) => b.transport === 'tcp' && b.sourceAddress.endsWith(`:${client.localPort}`)),
      ).toBe(true);

      // Same Call-ID, higher CSeq, Expires 0 — what a phone sends when it signs off.
      const goodbye = buildRegister(client, {
        domain: device.domain,
        username: device.username,
        expires: 0,
        callId: answer.headers.get('call-id') ?? '',
        cseq: 10,
      });
      const challenge = await client.request(goodbye);
      const removed = await client.request(
        withCredentials(goodbye, challenge!, device.username, device.password),
      );
      expect(removed?.status).toBe(200);
      const after = await edge.location.list(device.tenantId, aor);
      expect(
        after.some((b) => b.sourceAddress.endsWith(`:${client.localPort}`) && b.transport === 'tcp'),
      ).toBe(false);

      const wildcard = buildRegister(client, {
        domain: device.domain,
        username: device.username,
        expires: 0,
      });
      wildcard.headers.set('Contact', '*');
      const c2 = await client.request(wildcard);
      const cleared = await client.request(withCredentials(wildcard, c2!, device.username, device.password));
      expect(cleared?.status).toBe(200);
      expect(cleared ? getContact(cleared).contacts : ['x']).toHaveLength(0);
      expect(await edge.location.list(device.tenantId, aor)).toHaveLength(0);
    } finally {
      client.close();
    }
  });

  it('refuses a REGISTER older than the one that made the binding (§10.3 step 7)', async () => {
    const { client, answer, ok } = await registerOver('UDP');
    try {
      expect(ok?.status).toBe(200);
      const stale = buildRegister(client, {
        domain: device.domain,
        username: device.username,
        callId: answer.headers.get('call-id') ?? '',
        cseq: 1,
      });
      const challenge = await client.request(stale);
      const refused = await client.request(
        withCredentials(stale, challenge!, device.username, device.password),
      );
      // withCredentials bumps CSeq to 2, which equals the stored one: not higher, so refused.
      expect(refused?.status).toBe(500);
    } finally {
      client.close();
    }
  });

  it('keeps bindings across an edge restart because they live in the store', async () => {
    const { client } = await registerOver('UDP');
    client.close();
    const aor = `sip:${device.username}@${device.domain}`;
    const nodeId = edge.config.EDGE_NODE_ID;
    await edge.stop(200);
    edge = await startTestEdge(store, { EDGE_NODE_ID: nodeId });
    const locations = await edge.location.locate(device.tenantId, aor);
    expect(locations.some((l) => l.destination.port === client.localPort && l.local)).toBe(true);
  });
});

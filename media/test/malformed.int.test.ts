import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edge } from '../src/edge';
import { integrationStore, startTestEdge } from './edge-harness';
import { buildOptions, SipTestClient } from './sip-test-client';

/*
 * RFC 4475-style torture input over UDP and TCP: the edge answers 400 (or the validation status)
 * when the request is readable enough, drops what is not, and keeps serving afterwards.
 */

let store: Store;
let edge: Edge;

beforeAll(async () => {
  store = integrationStore();
  edge = await startTestEdge(store, { SIP_MAX_MESSAGE_SIZE: '4096' });
});

afterAll(async () => {
  await edge?.stop(500);
});

function request(lines: string[], body = ''): { text: string; callId: string } {
  const callId = `torture-${randomBytes(6).toString('hex')}`;
  // A fresh branch per send: the same branch would match the earlier transaction (§17.2.3).
  const branch = randomBytes(6).toString('hex');
  const text = `${lines.map((l) => l.replace('{callId}', callId).replace('{branch}', branch)).join('\r\n')}\r\n\r\n${body}`;
  return { text, callId };
}

const headers = (method: string, cseq = method) => [
  'Via: SIP/2.0/UDP 127.0.0.1:5999;rport;branch=z9hG4bK{branch}',
  'From: <sip:torture@acme.carillon.test>;tag=t1',
  'To: <sip:edge@acme.carillon.test>',
  'Call-ID: {callId}',
  `CSeq: 1 ${cseq}`,
  'Max-Forwards: 70',
];

const CASES: { name: string; lines: string[]; body?: string; status: number | undefined }[] = [
  {
    name: 'Content-Length larger than the datagram (4475 §3.1.2.2 clerr)',
    lines: ['INVITE sip:bob@acme.carillon.test SIP/2.0', ...headers('INVITE'), 'Content-Length: 9999'],
    body: 'v=0\r\n',
    status: 400,
  },
  {
    name: 'CSeq method that does not match the request (4475 §3.1.2.17 mismatch01)',
    lines: ['OPTIONS sip:acme.carillon.test SIP/2.0', ...headers('OPTIONS', 'INVITE'), 'Content-Length: 0'],
    status: 400,
  },
  {
    name: 'unknown SIP version (4475 §3.1.2.16 badvers)',
    lines: ['OPTIONS sip:acme.carillon.test SIP/7.0', ...headers('OPTIONS'), 'Content-Length: 0'],
    status: 505,
  },
  {
    name: 'unknown URI scheme in the Request-URI (4475 §3.3.3 unksm)',
    lines: ['OPTIONS soap.beep://acme.carillon.test SIP/2.0', ...headers('OPTIONS'), 'Content-Length: 0'],
    status: 416,
  },
  {
    name: 'a Require with an unknown option tag (4475 §3.3.8 unsupported)',
    lines: [
      'OPTIONS sip:acme.carillon.test SIP/2.0',
      ...headers('OPTIONS'),
      'Require: nothingSupportsThis',
      'Content-Length: 0',
    ],
    status: 420,
  },
  {
    name: 'a method nobody implements (405 with Allow, §8.2.1)',
    lines: ['NEWMETHOD sip:acme.carillon.test SIP/2.0', ...headers('NEWMETHOD'), 'Content-Length: 0'],
    status: 405,
  },
  {
    name: 'a header line without colon',
    lines: [
      'OPTIONS sip:acme.carillon.test SIP/2.0',
      ...headers('OPTIONS'),
      'This is not a header',
      'Content-Length: 0',
    ],
    status: 400,
  },
  {
    name: 'a malformed response (dropped, never answered)',
    lines: ['SIP/2.0 200 OK', ...headers('OPTIONS'), 'Content-Length: 77'],
    status: undefined,
  },
  { name: 'binary garbage (dropped)', lines: [randomBytes(200).toString('latin1')], status: undefined },
];

describe.each(['UDP', 'TCP'] as const)('malformed input over %s', (transport) => {
  it.each(CASES)('$name → $status', async ({ lines, body, status }) => {
    const client = await SipTestClient.open(transport, edge.ports[transport] ?? 0);
    try {
      const { text, callId } = request(
        lines.map((l) => l.replace('SIP/2.0/UDP', `SIP/2.0/${transport}`)),
        body,
      );
      // Over TCP the garbage must be framed to stay on one message; the missing-size cases close it.
      client.sendRaw(
        transport === 'TCP' && !/Content-Length/.test(text) ? `${text}\r\nContent-Length: 0\r\n\r\n` : text,
      );
      const response = await client.responseFor(callId, status === undefined ? 500 : 1500);
      expect(response?.status).toBe(status);
      if (status === 405) expect(response?.headers.get('allow')).toContain('REGISTER');
      if (status === 420) expect(response?.headers.get('unsupported')).toBe('nothingSupportsThis');
    } finally {
      client.close();
    }
    // And the edge still answers a well-formed OPTIONS on a new flow.
    const probe = await SipTestClient.open(transport, edge.ports[transport] ?? 0);
    try {
      expect((await probe.request(buildOptions(probe, 'acme.carillon.test')))?.status).toBe(200);
    } finally {
      probe.close();
    }
  });
});

describe('stream framing over TCP', () => {
  it('answers two requests sent in one write and one request split across writes', async () => {
    const client = await SipTestClient.open('TCP', edge.ports.TCP ?? 0);
    try {
      const a = buildOptions(client, 'acme.carillon.test');
      const b = buildOptions(client, 'acme.carillon.test');
      const { serialize } = await import('@carillon/sip');
      client.sendRaw(Buffer.concat([serialize(a), serialize(b)]));
      const c = serialize(buildOptions(client, 'acme.carillon.test'));
      client.sendRaw(c.subarray(0, 40));
      await new Promise((r) => setTimeout(r, 50));
      client.sendRaw(c.subarray(40));
      const ids = [a, b].map((m) => m.headers.get('call-id') ?? '');
      const cId = (await import('@carillon/sip')).parseMessage(c).headers.get('call-id') ?? '';
      for (const id of [...ids, cId]) expect((await client.responseFor(id))?.status).toBe(200);
    } finally {
      client.close();
    }
  });

  it('answers a CRLFCRLF keep-alive with CRLF (RFC 5626 §3.5.1)', async () => {
    const client = await SipTestClient.open('TCP', edge.ports.TCP ?? 0);
    try {
      client.sendRaw('\r\n\r\n');
      expect(await client.waitForRaw((d) => d.toString('latin1') === '\r\n')).toBe(true);
    } finally {
      client.close();
    }
  });

  it('closes a connection that announces a message above the size limit', async () => {
    const client = await SipTestClient.open('TCP', edge.ports.TCP ?? 0);
    const { text } = request(
      [
        'INVITE sip:bob@acme.carillon.test SIP/2.0',
        ...headers('INVITE').map((h) => h.replace('UDP', 'TCP')),
        'Content-Length: 100000',
      ],
      'x'.repeat(1000),
    );
    client.sendRaw(text);
    const deadline = Date.now() + 3000;
    while (!client.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(client.closed).toBe(true);
  });
});

describe('a real peer after the torture', () => {
  it('sipsak gets 200 to its OPTIONS', async () => {
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('sipsak', ['-s', `sip:ping@127.0.0.1:${edge.ports.UDP}`, '-l', '0'], {
        stdio: 'ignore',
      });
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('close', (c) => {
        clearTimeout(killer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
  });
});

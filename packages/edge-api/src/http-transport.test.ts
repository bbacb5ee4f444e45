import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveFetch } from './http-transport';

let server: Server;
let base: string;
const sockets = new Set<unknown>();
const seen: { method?: string; body: string; auth?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    sockets.add(req.socket);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method,
        body: Buffer.concat(chunks).toString(),
        auth: req.headers.authorization,
      });
      if (req.url === '/hang') return;
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ echo: Buffer.concat(chunks).toString() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('keepAliveFetch', () => {
  it('sends method, headers and body, and returns status, headers and text', async () => {
    const fetch = keepAliveFetch();
    const response = await fetch(`${base}/x`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      signal: AbortSignal.timeout(2000),
      body: '{"a":"é"}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(await response.text())).toEqual({ echo: '{"a":"é"}' });
    expect(seen.at(-1)).toEqual({ method: 'POST', body: '{"a":"é"}', auth: 'Bearer t' });
    const missing = await fetch(`${base}/missing`, {
      method: 'GET',
      headers: {},
      signal: AbortSignal.timeout(2000),
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-none')).toBeNull();
  });

  it('reuses one connection for requests in sequence', async () => {
    const fetch = keepAliveFetch();
    sockets.clear();
    for (let i = 0; i < 3; i++) {
      await (
        await fetch(`${base}/seq`, { method: 'GET', headers: {}, signal: AbortSignal.timeout(2000) })
      ).text();
    }
    expect(sockets.size).toBe(1);
  });

  it('rejects when the signal aborts a request the server never answers', async () => {
    const fetch = keepAliveFetch();
    await expect(
      fetch(`${base}/hang`, { method: 'GET', headers: {}, signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
  });
});

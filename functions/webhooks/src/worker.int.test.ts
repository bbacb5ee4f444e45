import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { createWebhookEndpointInputSchema, newId } from '@carillon/domain';
import { createDynamoClients, createStore, createTableInput } from '@carillon/store';
import { generateWebhookSecret, testEvent, verifyMessage, WebhookOutbox } from '@carillon/webhooks';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The embedded worker as a real process (`worker.ts`, as the start command
 * runs it), killed with SIGKILL in the middle of an attempt and started
 * again: the message is delivered with the same webhook-id, nothing lost.
 */
const table = `carillon-worker-${Date.now().toString(36)}`;
await createDynamoClients().client.send(new CreateTableCommand(createTableInput(table)));
const store = createStore({
  tableName: table,
  document: createDynamoClients().document,
  cursorSecret: 'worker-test-cursors',
});
const children: ChildProcess[] = [];

function startWorker(): Promise<ChildProcess> {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const child = spawn(
    process.execPath,
    ['--import', tsx, fileURLToPath(new URL('./worker.ts', import.meta.url))],
    {
      env: {
        ...process.env,
        CARILLON_TABLE_NAME: table,
        CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true',
        CARILLON_WEBHOOK_LEASE_SECONDS: '1',
        CARILLON_WEBHOOK_POLL_MS: '50',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('worker did not start')), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('webhook worker started')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('embedded delivery worker process', () => {
  it('a worker killed mid-attempt loses nothing: the next one delivers the same message', async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    let firstArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      firstArrived = resolve;
    });
    const held: ServerResponse[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (received.length === 1) {
          // The first attempt never gets an answer: its worker is killed while waiting.
          held.push(response);
          firstArrived();
        } else {
          response.writeHead(204).end();
        }
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;

    const tenantId = newId('tnt');
    const secret = generateWebhookSecret();
    const endpoint = await store.webhookEndpoints.create({
      ...createWebhookEndpointInputSchema.parse({
        url: `http://127.0.0.1:${port}/hook`,
        eventTypes: ['call.ended'],
      }),
      owner: { kind: 'tenant', id: tenantId },
      tenantId,
      secret,
    });
    const ref = await new WebhookOutbox(store).emitTo(testEvent(tenantId, endpoint.id, new Date()), endpoint);

    const first = await startWorker();
    await arrived;
    first.kill('SIGKILL');
    await new Promise((done) => first.once('exit', done));
    for (const response of held) response.destroy();

    const second = await startWorker();
    let delivery = await store.webhookDeliveries.get(ref);
    for (let round = 0; round < 200 && delivery?.status !== 'succeeded'; round += 1) {
      await new Promise((done) => setTimeout(done, 50));
      delivery = await store.webhookDeliveries.get(ref);
    }
    second.kill('SIGTERM');
    server.close();

    expect(delivery).toMatchObject({ status: 'succeeded', attemptCount: 1 });
    expect(received).toHaveLength(2);
    expect(received.map((request) => request.headers['webhook-id'])).toEqual([ref.id, ref.id]);
    for (const request of received) {
      const headers = {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      };
      expect(verifyMessage(secret, request.body, headers)).toMatchObject({ type: 'webhook.test', tenantId });
    }
  });
});

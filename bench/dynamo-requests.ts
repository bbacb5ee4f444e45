import { BatchWriteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

/** Bench helpers: what DynamoDB Local costs here, and how many requests a run made. */

/** DynamoDB requests by command name, with their latencies (ms), recorded on the document client. */
export type RequestLog = Map<string, number[]>;

export function countRequests(document: DynamoDBDocumentClient): RequestLog {
  const log: RequestLog = new Map();
  document.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown');
      const started = performance.now();
      try {
        return await next(args);
      } finally {
        const list = log.get(name) ?? [];
        list.push(performance.now() - started);
        log.set(name, list);
      }
    },
    { step: 'initialize', name: 'benchRequestCounter' },
  );
  return log;
}

/** DynamoDB Local's own rate on this machine now: PutItem (c=8) and BatchWriteItem of 25 (c=4). */
export async function measureDynamo(document: DynamoDBDocumentClient, table: string): Promise<string> {
  const run = async (concurrency: number, op: (i: number) => Promise<unknown>, items: number) => {
    let done = 0;
    const deadline = performance.now() + 2000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async (_, w) => {
        for (let i = 0; performance.now() < deadline; i++) {
          await op(w * 1_000_000 + i);
          done += 1;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    return { requests: done / elapsed, items: (done * items) / elapsed };
  };
  const item = (i: number) => ({ pk: `bench#ddb#${i % 500}`, sk: `bench#${i}`, n: i, pad: 'x'.repeat(300) });
  const put = await run(8, (i) => document.send(new PutCommand({ TableName: table, Item: item(i) })), 1);
  const batch = await run(
    4,
    (i) =>
      document.send(
        new BatchWriteCommand({
          RequestItems: {
            [table]: Array.from({ length: 25 }, (_, k) => ({ PutRequest: { Item: item(i * 25 + k) } })),
          },
        }),
      ),
    25,
  );
  return (
    `PutItem c=8 ${Math.round(put.requests)}/s; ` +
    `BatchWriteItem(25) c=4 ${Math.round(batch.requests)} requests/s = ${Math.round(batch.items)} items/s`
  );
}

/** `Query 1502 (p50 3.1 ms, p99 40.2 ms), …` */
export function formatRequests(log: RequestLog): string {
  const pct = (sorted: number[], p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN).toFixed(1);
  return (
    [...log]
      .map(([name, times]) => {
        const sorted = [...times].sort((a, b) => a - b);
        return `${name.replace(/Command$/, '')} ${times.length} (p50 ${pct(sorted, 50)} ms, p99 ${pct(sorted, 99)} ms)`;
      })
      .join(', ') || 'none'
  );
}

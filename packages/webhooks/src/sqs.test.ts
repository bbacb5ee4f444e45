import { describe, expect, it } from 'vitest';
import { delaySeconds, processSqsBatch } from './sqs';

const now = new Date('2026-01-01T00:00:00.000Z');
const ref = { ownerKey: 't#tnt_0123456789abcdefghjkmnpqrs', id: 'msg_0123456789abcdefghjkmnpqrs' };

function fakes(delivery: { status: string; nextAttemptAt: string | null } | undefined, result = 'succeeded') {
  const scheduled: { id: string; dueAt: Date }[] = [];
  const processed: string[] = [];
  return {
    scheduled,
    processed,
    deps: {
      store: { webhookDeliveries: { get: async () => delivery } } as never,
      deliverer: {
        process: async (r: { id: string }) => {
          processed.push(r.id);
          return result as never;
        },
      },
      scheduler: {
        schedule: async (r: { id: string }, dueAt: Date) => void scheduled.push({ id: r.id, dueAt }),
      },
      now: () => now,
    },
  };
}

describe('SQS delivery transport', () => {
  it('delays a message until due, at most SQS’s 15 minutes', () => {
    expect(delaySeconds(new Date(now.getTime() - 5000), now)).toBe(0);
    expect(delaySeconds(new Date(now.getTime() + 1500), now)).toBe(2);
    expect(delaySeconds(new Date(now.getTime() + 3_600_000), now)).toBe(900);
  });

  it('processes a due delivery', async () => {
    const { deps, processed } = fakes({ status: 'pending', nextAttemptAt: now.toISOString() });
    const result = await processSqsBatch([{ messageId: 'm1', body: JSON.stringify(ref) }], deps);
    expect(result.batchItemFailures).toEqual([]);
    expect(processed).toEqual([ref.id]);
  });

  it('re-queues a delivery not yet due instead of attempting it', async () => {
    const due = new Date(now.getTime() + 3_600_000);
    const { deps, processed, scheduled } = fakes({ status: 'pending', nextAttemptAt: due.toISOString() });
    await processSqsBatch([{ messageId: 'm1', body: JSON.stringify(ref) }], deps);
    expect(processed).toEqual([]);
    expect(scheduled).toEqual([{ id: ref.id, dueAt: due }]);
  });

  it('looks again after the lease when another invocation holds the delivery', async () => {
    const { deps, scheduled } = fakes({ status: 'pending', nextAttemptAt: now.toISOString() }, 'busy');
    await processSqsBatch([{ messageId: 'm1', body: JSON.stringify(ref) }], deps);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.dueAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it('drops finished deliveries and foreign messages, and hands back only failures', async () => {
    const done = fakes({ status: 'succeeded', nextAttemptAt: null });
    await processSqsBatch([{ messageId: 'm1', body: JSON.stringify(ref) }], done.deps);
    expect(done.processed).toEqual([]);
    const foreign = fakes(undefined);
    const result = await processSqsBatch(
      [
        { messageId: 'm1', body: 'not json' },
        { messageId: 'm2', body: '{"ownerKey":"x","id":"y"}' },
      ],
      foreign.deps,
    );
    expect(result.batchItemFailures).toEqual([]);
    const broken = fakes({ status: 'pending', nextAttemptAt: now.toISOString() });
    broken.deps.deliverer.process = async () => {
      throw new Error('table unavailable');
    };
    const failed = await processSqsBatch([{ messageId: 'm3', body: JSON.stringify(ref) }], broken.deps);
    expect(failed.batchItemFailures).toEqual([{ itemIdentifier: 'm3' }]);
  });
});

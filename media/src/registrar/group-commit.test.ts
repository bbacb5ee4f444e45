import { describe, expect, it } from 'vitest';
import { GroupCommit, GroupCommitOverloadError } from './group-commit';

/** A flush whose batches the test settles by hand. */
function manualFlush() {
  const batches: { items: string[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const flush = (items: string[]) =>
    new Promise<void>((resolve, reject) => {
      batches.push({ items, resolve, reject });
    });
  return { batches, flush };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function settled(promise: Promise<unknown>) {
  const state = { done: false, error: undefined as unknown };
  promise.then(
    () => {
      state.done = true;
    },
    (error: unknown) => {
      state.done = true;
      state.error = error;
    },
  );
  return state;
}

describe('GroupCommit', () => {
  it('puts writes submitted together into one batch and resolves them only once it is durable', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 1,
      maxBatch: 25,
      maxInFlight: 2,
      maxPending: 100,
    });
    const a = settled(commit.submit('a', 'A'));
    const b = settled(commit.submit('b', 'B'));
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['A', 'B']]);
    expect(a.done || b.done).toBe(false);
    batches[0]?.resolve();
    await tick();
    expect(a).toEqual({ done: true, error: undefined });
    expect(b).toEqual({ done: true, error: undefined });
  });

  it('splits at maxBatch and flushes a full batch without waiting for the linger', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 10_000,
      maxBatch: 2,
      maxInFlight: 4,
      maxPending: 100,
    });
    for (const key of ['a', 'b', 'c', 'd', 'e']) void commit.submit(key, key.toUpperCase());
    await tick();
    expect(batches.map((x) => x.items)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
    expect(commit.pending).toBe(1);
  });

  it('keeps at most maxInFlight flushes and sends what waited as soon as one settles', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 1,
      maxBatch: 1,
      maxInFlight: 1,
      maxPending: 100,
    });
    void commit.submit('a', 'A');
    void commit.submit('b', 'B');
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['A']]);
    batches[0]?.resolve();
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['A'], ['B']]);
  });

  it('coalesces two waiting writes of one key into the later, and tells both submitters', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 1,
      maxBatch: 25,
      maxInFlight: 1,
      maxPending: 100,
    });
    const first = settled(commit.submit('k', 'old'));
    const second = settled(commit.submit('k', 'new'));
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['new']]);
    batches[0]?.resolve();
    await tick();
    expect(first.done && second.done).toBe(true);
  });

  it('holds a key back while its previous write is in flight, so writes of one key stay in order', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 1,
      maxBatch: 25,
      maxInFlight: 4,
      maxPending: 100,
    });
    void commit.submit('k', 'v1');
    await tick();
    void commit.submit('k', 'v2');
    void commit.submit('other', 'o');
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['v1'], ['o']]);
    batches[0]?.resolve();
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['v1'], ['o'], ['v2']]);
  });

  it('rejects every write of a failed batch, and later writes still go', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 1,
      maxBatch: 25,
      maxInFlight: 1,
      maxPending: 100,
    });
    const a = settled(commit.submit('a', 'A'));
    const b = settled(commit.submit('b', 'B'));
    await tick();
    batches[0]?.reject(new Error('throttled'));
    await tick();
    expect((a.error as Error).message).toBe('throttled');
    expect((b.error as Error).message).toBe('throttled');
    const c = settled(commit.submit('c', 'C'));
    await tick();
    batches[1]?.resolve();
    await tick();
    expect(c).toEqual({ done: true, error: undefined });
  });

  it('refuses writes beyond maxPending at once', async () => {
    const { flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 10_000,
      maxBatch: 25,
      maxInFlight: 1,
      maxPending: 2,
    });
    void commit.submit('a', 'A');
    void commit.submit('b', 'B');
    await expect(commit.submit('c', 'C')).rejects.toBeInstanceOf(GroupCommitOverloadError);
  });

  it('drain flushes what lingers and resolves when nothing is left', async () => {
    const { batches, flush } = manualFlush();
    const commit = new GroupCommit<string>({
      flush,
      lingerMs: 10_000,
      maxBatch: 25,
      maxInFlight: 1,
      maxPending: 100,
    });
    void commit.submit('a', 'A');
    const drained = settled(commit.drain());
    await tick();
    expect(batches.map((x) => x.items)).toEqual([['A']]);
    expect(drained.done).toBe(false);
    batches[0]?.resolve();
    await tick();
    expect(drained.done).toBe(true);
  });
});

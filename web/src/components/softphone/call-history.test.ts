import { describe, expect, it } from 'vitest';
import {
  CALL_HISTORY_LIMIT,
  type CallRecord,
  clearHistory,
  historyKey,
  type KeyValueStorage,
  partyLabel,
  readHistory,
  recordCall,
} from './call-history';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

const call = (party: string, overrides: Partial<CallRecord> = {}): CallRecord => ({
  direction: 'outgoing',
  party,
  startedAt: '2026-11-25T10:00:00.000Z',
  durationSeconds: 12.4,
  outcome: 'answered',
  ...overrides,
});

describe('the softphone call history', () => {
  it('keeps calls newest first, per user, with whole seconds', () => {
    const storage = memory();
    recordCall(storage, 'usr_a', call('201'));
    recordCall(
      storage,
      'usr_a',
      call('202', { direction: 'incoming', outcome: 'missed', durationSeconds: 0 }),
    );
    recordCall(storage, 'usr_b', call('203'));
    const a = readHistory(storage, 'usr_a');
    expect(a.map((c) => c.party)).toEqual(['202', '201']);
    expect(a[1]?.durationSeconds).toBe(12);
    expect(readHistory(storage, 'usr_b').map((c) => c.party)).toEqual(['203']);
  });

  it(`keeps at most ${CALL_HISTORY_LIMIT} calls and drops the oldest`, () => {
    const storage = memory();
    for (let i = 0; i < CALL_HISTORY_LIMIT + 5; i++) recordCall(storage, 'usr_a', call(String(i)));
    const list = readHistory(storage, 'usr_a');
    expect(list).toHaveLength(CALL_HISTORY_LIMIT);
    expect(list[0]?.party).toBe(String(CALL_HISTORY_LIMIT + 4));
    expect(list.at(-1)?.party).toBe('5');
  });

  it('reads damaged storage as empty and skips malformed entries', () => {
    const storage = memory();
    storage.setItem(historyKey('usr_a'), '{not json');
    expect(readHistory(storage, 'usr_a')).toEqual([]);
    storage.setItem(historyKey('usr_a'), JSON.stringify([{ party: 1 }, call('201'), 'x']));
    expect(readHistory(storage, 'usr_a').map((c) => c.party)).toEqual(['201']);
    clearHistory(storage, 'usr_a');
    expect(readHistory(storage, 'usr_a')).toEqual([]);
  });

  it('shows a number of the own domain without the URI around it', () => {
    expect(partyLabel('sip:201@acme.pbx.example', 'acme.pbx.example')).toBe('201');
    expect(partyLabel('sip:bob@other.example;transport=ws', 'acme.pbx.example')).toBe('bob@other.example');
    expect(partyLabel('202', 'acme.pbx.example')).toBe('202');
  });
});

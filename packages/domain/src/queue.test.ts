import { describe, expect, it } from 'vitest';
import { createQueueInputSchema, effectiveRingTimeSeconds } from './queue';
import { issuesOf } from './test-support';
import { newId } from './values/id';

const service = { name: 'Service', extensionNumber: '5000' };

describe('queues (T640 L1613-1745)', () => {
  it('accepts weight 0 and 255 and nothing outside (L1687)', () => {
    expect(issuesOf(createQueueInputSchema, { ...service, weight: 0 })).toEqual([]);
    expect(issuesOf(createQueueInputSchema, { ...service, weight: 255 })).toEqual([]);
    expect(issuesOf(createQueueInputSchema, { ...service, weight: 256 })).toEqual([
      { path: 'weight', message: 'weight must be 0–255' },
    ]);
    expect(issuesOf(createQueueInputSchema, { ...service, weight: 1.5 })).toEqual([
      { path: 'weight', message: 'weight must be a whole number' },
    ]);
  });

  it('offers the manual’s five strategies', () => {
    for (const strategy of ['round-robin', 'least-recent', 'random', 'fewest-calls', 'ring-all']) {
      expect(issuesOf(createQueueInputSchema, { ...service, strategy })).toEqual([]);
    }
    expect(issuesOf(createQueueInputSchema, { ...service, strategy: 'skills' })).toEqual([
      {
        path: 'strategy',
        message: 'strategy must be one of round-robin, least-recent, random, fewest-calls, ring-all',
      },
    ]);
  });

  it('reads a ring time of 0 as the 3,600-second maximum (L1693-1694)', () => {
    const queue = createQueueInputSchema.parse({ ...service, ringTimePerAgentSeconds: 0 });
    expect(effectiveRingTimeSeconds(queue)).toBe(3600);
    expect(issuesOf(createQueueInputSchema, { ...service, ringTimePerAgentSeconds: 3601 })).toEqual([
      { path: 'ringTimePerAgentSeconds', message: 'ring time per agent must be 0–3600 seconds' },
    ]);
  });

  it('needs a caller threshold when a high-load announcement is set (L1670-1682)', () => {
    expect(issuesOf(createQueueInputSchema, { ...service, highLoadAudioFileId: newId('aud') })).toEqual([
      {
        path: 'highLoadThreshold',
        message: 'high load threshold is required when a high load announcement is set',
      },
    ]);
  });

  it('rejects negative wrap-up time and an agent listed twice', () => {
    const agent = newId('usr');
    expect(
      issuesOf(createQueueInputSchema, {
        ...service,
        wrapUpSeconds: -5,
        agents: [{ userId: agent }, { userId: agent }],
      }),
    ).toEqual([
      { path: 'wrapUpSeconds', message: 'wrap-up time must be 0–600 seconds' },
      { path: 'agents.1.userId', message: 'agent is listed twice' },
    ]);
  });
});

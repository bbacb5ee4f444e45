import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { extensionNumberSchema } from './values/extension-number';
import { audioFileIdSchema, queueIdSchema, userIdSchema } from './values/id';

/**
 * Queues (ACD), T640 manual L1613-1745. Field names follow the manual's
 * parameter list; strategies are the manual's five (L1705-1721).
 */
export const QUEUE_STRATEGIES = [
  'round-robin',
  'least-recent',
  'random',
  'fewest-calls',
  'ring-all',
] as const;
export const queueStrategySchema = z.enum(QUEUE_STRATEGIES, {
  error: `strategy must be one of ${QUEUE_STRATEGIES.join(', ')}`,
});

/** "Announce hold time" (T640 manual L1649-1657): yes / once / no. */
export const ANNOUNCE_HOLD_TIME = ['always', 'once', 'never'] as const;

/** "Enter" (T640 manual L1723-1726): when callers may join. */
export const QUEUE_JOIN_WHEN = ['agents-available', 'agents-logged-on', 'always'] as const;
/** "Leave" (T640 manual L1728-1731): when waiting callers are taken out. */
export const QUEUE_LEAVE_WHEN = ['all-agents-logged-off', 'no-agent-available', 'never'] as const;

/** T640 manual L1693-1694: "Entering 0 means the maximum duration of 3,600 seconds". */
export const QUEUE_RING_TIME_MAX = 3600;

export const queueAgentSchema = z.object({
  userId: userIdSchema,
  /** Static agents are added by the admin and cannot log themselves off (T640 manual L1738-1739). */
  static: z.boolean({ error: 'static must be true or false' }).default(false),
  /** Ordering for `round-robin`; lower rings first. */
  penalty: z
    .number({ error: 'penalty must be a number' })
    .int({ error: 'penalty must be a whole number' })
    .min(0, { error: 'penalty must be 0–100' })
    .max(100, { error: 'penalty must be 0–100' })
    .default(0),
});

const seconds = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number of seconds` })
    .min(0, { error: `${label} must be 0–${max} seconds` })
    .max(max, { error: `${label} must be 0–${max} seconds` });

const queueInputShape = {
  /** "Title" (T640 manual L1629). */
  name: nameSchema('queue name', 60),
  /** "Extension" (T640 manual L1631). */
  extensionNumber: extensionNumberSchema,
  strategy: queueStrategySchema.default('ring-all'),
  /** "Hold music": a hold-music class name; null = the default class (T640 manual L1633-1640). */
  holdMusicClass: z.string().trim().min(1).max(60).nullable().default(null),
  /** "Ring instead of hold music" (T640 manual L1641). */
  ringInsteadOfMusic: z.boolean({ error: 'ring instead of music must be true or false' }).default(false),
  /** "Greeting" played once before queueing (T640 manual L1643-1647). */
  greetingAudioFileId: audioFileIdSchema.nullable().default(null),
  announceHoldTime: z
    .enum(ANNOUNCE_HOLD_TIME, { error: 'announce hold time must be always, once or never' })
    .default('never'),
  /** "High load announcement" (T640 manual L1670-1682) and the caller count that triggers it. */
  highLoadAudioFileId: audioFileIdSchema.nullable().default(null),
  highLoadThreshold: z
    .number({ error: 'high load threshold must be a number' })
    .int({ error: 'high load threshold must be a whole number' })
    .min(1, { error: 'high load threshold must be at least 1' })
    .nullable()
    .default(null),
  /** "Wrap-up time" in seconds (T640 manual L1684-1685). */
  wrapUpSeconds: seconds('wrap-up time', 600).default(0),
  /** "Weight": queue priority, 0–255 (T640 manual L1687-1691). */
  weight: z
    .number({ error: 'weight must be a number' })
    .int({ error: 'weight must be a whole number' })
    .min(0, { error: 'weight must be 0–255' })
    .max(255, { error: 'weight must be 0–255' })
    .default(0),
  /** "Ring time per agent"; 0 = the 3,600 s maximum (T640 manual L1693-1696). */
  ringTimePerAgentSeconds: seconds('ring time per agent', QUEUE_RING_TIME_MAX).default(20),
  /** "Max. callers"; further callers hear busy (T640 manual L1698-1700). null = unlimited. */
  maxCallers: z
    .number({ error: 'max callers must be a number' })
    .int({ error: 'max callers must be a whole number' })
    .min(1, { error: 'max callers must be 1–1000' })
    .max(1000, { error: 'max callers must be 1–1000' })
    .nullable()
    .default(10),
  joinWhen: z
    .enum(QUEUE_JOIN_WHEN, { error: `enter rule must be one of ${QUEUE_JOIN_WHEN.join(', ')}` })
    .default('agents-logged-on'),
  leaveWhen: z
    .enum(QUEUE_LEAVE_WHEN, { error: `leave rule must be one of ${QUEUE_LEAVE_WHEN.join(', ')}` })
    .default('all-agents-logged-off'),
  agents: z.array(queueAgentSchema).max(200, { error: 'a queue can have at most 200 agents' }).default([]),
};

function checkQueue(
  queue: {
    highLoadAudioFileId?: string | null;
    highLoadThreshold?: number | null;
    agents?: readonly { userId: string }[];
  },
  context: z.RefinementCtx,
): void {
  if (queue.highLoadAudioFileId && queue.highLoadThreshold == null) {
    context.addIssue({
      code: 'custom',
      path: ['highLoadThreshold'],
      message: 'high load threshold is required when a high load announcement is set',
    });
  }
  const seen = new Set<string>();
  queue.agents?.forEach((agent, index) => {
    if (seen.has(agent.userId)) {
      context.addIssue({
        code: 'custom',
        path: ['agents', index, 'userId'],
        message: 'agent is listed twice',
      });
    }
    seen.add(agent.userId);
  });
}

export const createQueueInputSchema = inputObject(queueInputShape).superRefine(checkQueue);
export const updateQueueInputSchema = updateSchema(queueInputShape);
export const queueSchema = z
  .object({ id: queueIdSchema, ...queueInputShape, ...tenantOwnedFields })
  .superRefine(checkQueue);

export type Queue = z.infer<typeof queueSchema>;
export type QueueAgent = z.infer<typeof queueAgentSchema>;
export type QueueStrategy = z.infer<typeof queueStrategySchema>;
export type CreateQueueInput = z.input<typeof createQueueInputSchema>;
export type UpdateQueueInput = z.input<typeof updateQueueInputSchema>;

/** Effective ring time: the manual's 0 means the maximum (T640 manual L1693-1694). */
export function effectiveRingTimeSeconds(queue: Pick<Queue, 'ringTimePerAgentSeconds'>): number {
  return queue.ringTimePerAgentSeconds === 0 ? QUEUE_RING_TIME_MAX : queue.ringTimePerAgentSeconds;
}

import { z } from 'zod';
import { dtmfSchema, idSchema, intSchema, msSchema, musicClassSchema } from '../fields';
import {
  MAX_AGENT_RING_TIME_MS,
  MAX_ANNOUNCEMENT_INTERVAL_MS,
  MAX_QUEUE_AGENTS,
  MAX_QUEUE_WAIT_MS,
  MAX_TARGETS_PER_AGENT,
  MAX_WRAP_UP_MS,
} from '../limits';
import { actionFields } from './action-base';
import { promptSourceSchema } from './audio-source';
import { callerIdSchema } from './caller-id';

/** The T640 manual's five queue strategies (L1705-1721). */
export const QUEUE_STRATEGIES = [
  'round-robin',
  'least-recent',
  'random',
  'fewest-calls',
  'ring-all',
] as const;
/** "Announce hold time" (T640 manual L1649-1657). */
export const HOLD_TIME_ANNOUNCEMENTS = ['always', 'once', 'never'] as const;

/** A logged-on agent and the devices that ring for them. */
export const queueAgentSchema = z.strictObject({
  /** The agent (a user id); wrap-up and fewest-calls are counted per agent. */
  agentId: idSchema('agentId'),
  /** 1–8 devices rung together for this agent. */
  deviceIds: z
    .array(idSchema('deviceId'))
    .min(1, { error: 'an agent needs at least one device' })
    .max(MAX_TARGETS_PER_AGENT, { error: `an agent can have at most ${MAX_TARGETS_PER_AGENT} devices` }),
  /** Lower rings first under `round-robin`; 0–100, default 0. */
  penalty: intSchema('penalty', 0, 100).default(0),
});

/**
 * `queue`: hold the caller in an ACD queue and offer the call to agents. The
 * edge holds callers and agent state (it is the only long-lived process); the
 * control plane sends the queue's configuration with every caller, so the
 * edge needs no configuration of its own. Result: `completed` with
 * `answeredBy` after an agent call ended with the caller still there; `busy`
 * when maxCallers was reached on entry (the T640 caller hears busy, L1698-1700);
 * `timeout` after maxWaitMs; `no-answer` when no agent is logged on any more;
 * `cancelled` with `digits` when the caller pressed an exit key. The control
 * plane then applies the queue's call divert (T640 manual L3280).
 */
export const queueActionSchema = z
  .strictObject({
    ...actionFields('queue'),
    queueId: idSchema('queueId'),
    strategy: z
      .enum(QUEUE_STRATEGIES, { error: `strategy must be one of ${QUEUE_STRATEGIES.join(', ')}` })
      .default('ring-all'),
    /** 1–200 logged-on agents. */
    agents: z
      .array(queueAgentSchema)
      .min(1, { error: 'a queue needs at least one logged-on agent' })
      .max(MAX_QUEUE_AGENTS, { error: `a queue can have at most ${MAX_QUEUE_AGENTS} agents` }),
    /** "Ring time per agent" in ms (1,000–3,600,000); default 20,000 (T640 manual L1693-1696). */
    agentRingTimeMs: msSchema('agentRingTimeMs', 1000, MAX_AGENT_RING_TIME_MS).default(20_000),
    /** "Wrap-up time" after an agent call, in ms (0–600,000); default 0 (T640 manual L1684-1685). */
    wrapUpMs: msSchema('wrapUpMs', 0, MAX_WRAP_UP_MS).default(0),
    /** "Weight" 0–255: an agent in several queues takes the heavier queue's callers first (L1687-1691). */
    weight: intSchema('weight', 0, 255).default(0),
    /** "Max. callers" 1–1,000; null = unlimited. Default null. */
    maxCallers: intSchema('maxCallers', 1, 1000).nullable().default(null),
    /** Longest wait before the caller leaves with `timeout`, in ms (1,000–14,400,000); default 600,000. */
    maxWaitMs: msSchema('maxWaitMs', 1000, MAX_QUEUE_WAIT_MS).default(600_000),
    /** "Hold music" class; absent = the tenant's default (T640 manual L1633-1640). */
    musicClass: musicClassSchema.optional(),
    /** "Ring instead of hold music" (T640 manual L1641). Default false. */
    ringInsteadOfMusic: z.boolean({ error: 'ringInsteadOfMusic must be true or false' }).default(false),
    /** "Greeting" played once on entry (T640 manual L1643-1647). */
    greeting: promptSourceSchema.optional(),
    /** "Announce hold time" (T640 manual L1649-1657); default `never`. */
    holdTimeAnnouncement: z
      .enum(HOLD_TIME_ANNOUNCEMENTS, { error: 'holdTimeAnnouncement must be always, once or never' })
      .default('never'),
    /** Announce the caller's position every this many ms (10,000–1,800,000); absent = never. */
    positionAnnouncementIntervalMs: msSchema(
      'positionAnnouncementIntervalMs',
      10_000,
      MAX_ANNOUNCEMENT_INTERVAL_MS,
    ).optional(),
    /** A prompt repeated while waiting ("periodic announcement"). */
    periodicAnnouncement: z
      .strictObject({
        prompt: promptSourceSchema,
        /** In ms (10,000–1,800,000). */
        intervalMs: msSchema('intervalMs', 10_000, MAX_ANNOUNCEMENT_INTERVAL_MS),
      })
      .optional(),
    /** "High load announcement" and the waiting-caller count that triggers it (T640 manual L1670-1682). */
    highLoadAnnouncement: z
      .strictObject({
        prompt: promptSourceSchema,
        /** 1–1,000 callers waiting. */
        threshold: intSchema('threshold', 1, 1000),
      })
      .optional(),
    /** Keys with which a caller leaves the queue (e.g. "press 1 for voicemail"); '' = none. Default ''. */
    exitKeys: dtmfSchema('exitKeys').max(16, { error: 'exitKeys must be at most 16 keys' }).default(''),
    /** Identity agents see; absent = the caller's. The queue name as display prefix goes here. */
    callerId: callerIdSchema.optional(),
  })
  .superRefine((queue, context) => {
    const seen = new Set<string>();
    queue.agents.forEach((agent, index) => {
      if (seen.has(agent.agentId)) {
        context.addIssue({
          code: 'custom',
          path: ['agents', index, 'agentId'],
          message: 'agent is listed twice',
        });
      }
      seen.add(agent.agentId);
    });
  })
  .meta({ description: 'Hold the caller in an ACD queue and offer the call to agents.' });

export type QueueAction = z.infer<typeof queueActionSchema>;

import { z } from 'zod';
import { countrySchema, msSchema, musicClassSchema } from '../fields';
import {
  DEFAULT_DIAL_TIMEOUT_MS,
  DEFAULT_TARGET_TIMEOUT_MS,
  MAX_DIAL_TARGETS,
  MAX_DIAL_TIMEOUT_MS,
  MAX_TARGET_TIMEOUT_MS,
} from '../limits';
import { actionFields } from './action-base';
import { callerIdSchema } from './caller-id';
import { dialTargetSchema } from './dial-target';

/**
 * `parallel`: ring every target at once, first answer wins (T640 "parallel"
 * call scheme, ring-all group, iFMC). `sequential`: one target after the other
 * in list order (T640 "linear" hunt group, T300 "Call Hunting").
 */
export const DIAL_STRATEGIES = ['parallel', 'sequential'] as const;

/**
 * What the caller hears while targets ring: `ringback` (180, or a generated
 * tone once answered), `music` (hold music), `early-media` (the callee side's
 * 183 media passed through, RFC 3960 §3).
 */
export const RINGBACK_MODES = ['ringback', 'music', 'early-media'] as const;

/**
 * `dial`: ring targets and bridge the first to answer with the caller. Result:
 * `completed` with `answeredBy` when the bridged call ended with the caller
 * still there; `busy`, `no-answer` (timeouts ran out), `rejected` (all targets
 * declined, e.g. 603), `failed` (no target reachable) — the control plane then
 * applies call forwarding on busy / on timeout. A caller hang-up ends the call.
 */
export const dialActionSchema = z
  .strictObject({
    ...actionFields('dial'),
    /** 1–50 targets; the order matters for `sequential`. */
    targets: z
      .array(dialTargetSchema)
      .min(1, { error: 'dial needs at least one target' })
      .max(MAX_DIAL_TARGETS, { error: `dial can have at most ${MAX_DIAL_TARGETS} targets` }),
    strategy: z
      .enum(DIAL_STRATEGIES, { error: 'strategy must be parallel or sequential' })
      .default('parallel'),
    /** Ring time per target unless the target sets its own, in ms (1,000–300,000); default 20,000. */
    targetTimeoutMs: msSchema('targetTimeoutMs', 1000, MAX_TARGET_TIMEOUT_MS).default(
      DEFAULT_TARGET_TIMEOUT_MS,
    ),
    /** Bound on the whole dial, in ms (1,000–3,600,000); default 60,000. */
    timeoutMs: msSchema('timeoutMs', 1000, MAX_DIAL_TIMEOUT_MS).default(DEFAULT_DIAL_TIMEOUT_MS),
    /** Identity presented to the targets; absent = the caller's, after any `set-caller-id`. */
    callerId: callerIdSchema.optional(),
    ringback: z
      .enum(RINGBACK_MODES, { error: 'ringback must be ringback, music or early-media' })
      .default('ringback'),
    /** Tone plan for a generated ringback; absent = the edge's default plan. */
    country: countrySchema.optional(),
    /** Hold-music class for `ringback: music`; absent = the tenant's default class. */
    musicClass: musicClassSchema.optional(),
  })
  .superRefine((dial, context) => {
    if (dial.strategy === 'sequential') {
      dial.targets.forEach((target, index) => {
        if (target.delayMs > 0) {
          context.addIssue({
            code: 'custom',
            path: ['targets', index, 'delayMs'],
            message: 'delayMs applies to parallel dials only',
          });
        }
      });
    }
    if (dial.musicClass !== undefined && dial.ringback !== 'music') {
      context.addIssue({
        code: 'custom',
        path: ['musicClass'],
        message: 'musicClass needs ringback: music',
      });
    }
  })
  .meta({
    description: 'Ring one or more targets, in parallel or in sequence, and bridge the first answer.',
  });

export type DialAction = z.infer<typeof dialActionSchema>;
export type DialActionInput = z.input<typeof dialActionSchema>;

import { z } from 'zod';
import { intSchema, msSchema } from '../fields';
import { MAX_PLAY_LOOP } from '../limits';
import { actionFields } from './action-base';
import { audioSourceSchema } from './audio-source';

/**
 * `play`: play a prompt, a tone or hold music to the caller and wait until it
 * has finished. Completes with status `completed`; `hangup` if the caller hung up.
 */
export const playActionSchema = z
  .strictObject({
    ...actionFields('play'),
    source: audioSourceSchema,
    /** Times to play the prompt (a tone: cadence cycles); 1–100, default 1. */
    loop: intSchema('loop', 1, MAX_PLAY_LOOP).default(1),
    /**
     * Upper bound on the whole playback in ms (1–3,600,000); required for
     * `music`, which has no natural end. Absent = until the loops are done.
     */
    maxDurationMs: msSchema('maxDurationMs', 1, 3_600_000).optional(),
    /**
     * Before answer: play as early media in a 183 Session Progress (RFC 3960 §3)
     * instead of answering first, so an announcement to an unanswered trunk call
     * is not billed. No effect once answered. Default false.
     */
    earlyMedia: z.boolean({ error: 'earlyMedia must be true or false' }).default(false),
  })
  .superRefine((play, context) => {
    if (play.source.kind === 'music' && play.maxDurationMs === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['maxDurationMs'],
        message: 'maxDurationMs is required when playing music, which never ends by itself',
      });
    }
  })
  .meta({ description: 'Play a prompt, a tone or hold music.' });

export type PlayAction = z.infer<typeof playActionSchema>;

import { z } from 'zod';
import { DTMF_PATTERN, intSchema, msSchema } from '../fields';
import {
  DEFAULT_FIRST_DIGIT_TIMEOUT_MS,
  DEFAULT_INTER_DIGIT_TIMEOUT_MS,
  MAX_DIGIT_TIMEOUT_MS,
  MAX_GATHER_DIGITS,
} from '../limits';
import { actionFields } from './action-base';
import { audioSourceSchema } from './audio-source';

/** DTMF transports the edge listens on: RFC 4733 telephone-events and SIP INFO (application/dtmf-relay). */
export const DTMF_METHODS = ['rfc4733', 'sip-info'] as const;

/**
 * `gather`: collect DTMF digits (IVR menus, PINs, voicemail keys). Result:
 * `completed` with `digits` (terminator excluded, in `terminator`) when maxDigits
 * or a terminator was reached; `timeout` with what was collected so far (maybe
 * empty) when a digit timeout ran out before minDigits.
 */
export const gatherActionSchema = z
  .strictObject({
    ...actionFields('gather'),
    /** Played while waiting; a first key press stops it ("barge-in"). */
    prompt: audioSourceSchema.optional(),
    /** Digits needed for `completed`; 0–64, default 1. 0 lets an empty entry (terminator only) complete. */
    minDigits: intSchema('minDigits', 0, MAX_GATHER_DIGITS).default(1),
    /** Collection stops at this many digits; 1–64, default 1 (a menu choice). */
    maxDigits: intSchema('maxDigits', 1, MAX_GATHER_DIGITS).default(1),
    /** Keys that end the entry early and are not part of it; '' = none. Default '#'. */
    terminators: z
      .string({ error: 'terminators must be a string' })
      .regex(DTMF_PATTERN, { error: 'terminators may hold only the DTMF keys 0-9 * # A-D' })
      .max(16, { error: 'terminators must be at most 16 keys' })
      .default('#'),
    /** Wait for the first key after the prompt ends, in ms (100–60,000); default 5,000. */
    firstDigitTimeoutMs: msSchema('firstDigitTimeoutMs', 100, MAX_DIGIT_TIMEOUT_MS).default(
      DEFAULT_FIRST_DIGIT_TIMEOUT_MS,
    ),
    /** Wait between keys, in ms (100–60,000); default 3,000. */
    interDigitTimeoutMs: msSchema('interDigitTimeoutMs', 100, MAX_DIGIT_TIMEOUT_MS).default(
      DEFAULT_INTER_DIGIT_TIMEOUT_MS,
    ),
    /** Which DTMF transports count; default both. */
    dtmfMethods: z
      .array(z.enum(DTMF_METHODS, { error: 'DTMF method must be rfc4733 or sip-info' }))
      .min(1, { error: 'dtmfMethods must name at least one method' })
      .max(DTMF_METHODS.length, { error: 'dtmfMethods lists a method twice' })
      .default(['rfc4733', 'sip-info']),
  })
  .superRefine((gather, context) => {
    if (gather.minDigits > gather.maxDigits) {
      context.addIssue({
        code: 'custom',
        path: ['minDigits'],
        message: 'minDigits must not exceed maxDigits',
      });
    }
    if (new Set(gather.dtmfMethods).size !== gather.dtmfMethods.length) {
      context.addIssue({
        code: 'custom',
        path: ['dtmfMethods'],
        message: 'dtmfMethods lists a method twice',
      });
    }
  })
  .meta({ description: 'Collect DTMF digits, optionally with a prompt.' });

export type GatherAction = z.infer<typeof gatherActionSchema>;

import { z } from 'zod';
import { dtmfSchema, msSchema, objectKeySchema, unionError } from '../fields';
import {
  DEFAULT_CALL_RECORDING_MAX_DURATION_MS,
  DEFAULT_MESSAGE_MAX_DURATION_MS,
  MAX_CALL_RECORDING_DURATION_MS,
  MAX_MESSAGE_DURATION_MS,
} from '../limits';
import { actionFields } from './action-base';

const recordingFields = {
  /**
   * S3 key prefix the edge writes under (`<prefix><legId>-<n>.wav`, say); the
   * full key comes back as `result.recordingKey`. ≤ 512 characters.
   */
  keyPrefix: objectKeySchema('keyPrefix'),
  /** A short beep before recording starts. Default true. */
  beep: z.boolean({ error: 'beep must be true or false' }).default(true),
};

/**
 * `operation: message`: record what the caller says, then go on — voicemail
 * and "record announcement by phone" (T300 manual L1438-1478). Ends on a
 * finish key, on silence, or at maxDurationMs; result `completed` with
 * `recordingKey` and `durationMs`, or `hangup` (the message is kept).
 */
export const recordMessageActionSchema = z.strictObject({
  ...actionFields('record'),
  operation: z.literal('message'),
  ...recordingFields,
  /** In ms (1,000–1,800,000); default and maximum 30 minutes (T300 manual L1401-1404). */
  maxDurationMs: msSchema('maxDurationMs', 1000, MAX_MESSAGE_DURATION_MS).default(
    DEFAULT_MESSAGE_MAX_DURATION_MS,
  ),
  /** Silence that ends the message, in ms (1,000–60,000); absent = silence does not end it. */
  silenceTimeoutMs: msSchema('silenceTimeoutMs', 1000, 60_000).optional(),
  /** Keys that end the message (T300: "press # to end"); default '#'. */
  finishOnKeys: dtmfSchema('finishOnKeys')
    .max(16, { error: 'finishOnKeys must be at most 16 keys' })
    .default('#'),
});

/**
 * `operation: start`: record the call in the background (both directions,
 * mixed) while the following actions run, until `stop` or the call ends.
 * Completes at once with `recordingKey`.
 */
export const recordStartActionSchema = z.strictObject({
  ...actionFields('record'),
  operation: z.literal('start'),
  ...recordingFields,
  /** In ms (1,000–43,200,000); default 4 hours. */
  maxDurationMs: msSchema('maxDurationMs', 1000, MAX_CALL_RECORDING_DURATION_MS).default(
    DEFAULT_CALL_RECORDING_MAX_DURATION_MS,
  ),
});

/** `operation: stop`: stop the background recording; `completed` with its key and duration. */
export const recordStopActionSchema = z.strictObject({
  ...actionFields('record'),
  operation: z.literal('stop'),
});

export const recordActionSchema = z
  .discriminatedUnion(
    'operation',
    [recordMessageActionSchema, recordStartActionSchema, recordStopActionSchema],
    {
      error: unionError('record', 'operation', ['message', 'start', 'stop']),
    },
  )
  .meta({ description: 'Record a message, or start/stop recording the call.' });

export type RecordAction = z.infer<typeof recordActionSchema>;

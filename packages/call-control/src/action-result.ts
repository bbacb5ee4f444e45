import { z } from 'zod';
import { ACTION_TYPES, type ActionType } from './actions';
import { parkSlotSchema } from './actions/park';
import {
  actionTagSchema,
  dtmfSchema,
  idSchema,
  intSchema,
  legIdSchema,
  msSchema,
  numberSchema,
  objectKeySchema,
  reasonSchema,
  sipStatusSchema,
} from './fields';
import { MAX_ACTIONS_PER_REPLY, MAX_DIAL_TARGETS, MAX_FAX_PAGES, MAX_GATHER_DIGITS } from './limits';

/**
 * How an action ended:
 *  - `completed`: did what it was asked;
 *  - `failed`: could not be carried out (no route, media error, nothing to pick up);
 *  - `timeout`: a time limit of the action ran out (gather, queue wait, park);
 *  - `busy`: the target or queue was busy (486/600, max callers);
 *  - `no-answer`: rang out without an answer;
 *  - `rejected`: declined (603, a locked conference);
 *  - `cancelled`: the caller left it by key (queue exit key);
 *  - `hangup`: the caller hung up during it (`call.ended` follows).
 */
export const ACTION_STATUSES = [
  'completed',
  'failed',
  'timeout',
  'busy',
  'no-answer',
  'rejected',
  'cancelled',
  'hangup',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Who answered a `dial`, `queue` or `pickup`. */
export const answeredBySchema = z.strictObject({
  /** The new leg to the answering party. */
  legId: legIdSchema,
  /** `dial` only: index of the answering target in `targets`, 0–49. */
  targetIndex: intSchema('targetIndex', 0, MAX_DIAL_TARGETS - 1).optional(),
  /** The answering device, for device targets, queue agents and pickups. */
  deviceId: idSchema('deviceId').optional(),
  /** `queue` only: the agent who took the call. */
  agentId: idSchema('agentId').optional(),
  /** External targets: the number that answered. */
  number: numberSchema.optional(),
});

/** Which actions may carry which detail, so a result cannot claim e.g. a recording from a `dial`. */
const DETAIL_OWNERS: Record<string, readonly ActionType[]> = {
  digits: ['gather', 'queue'],
  terminator: ['gather'],
  recordingKey: ['record'],
  faxKey: ['fax'],
  faxPages: ['fax'],
  parkSlot: ['park'],
  answeredBy: ['dial', 'queue', 'pickup'],
  waitMs: ['dial', 'queue', 'park'],
};

/**
 * The outcome of the action that ended a run of actions: the edge runs a
 * reply's actions in order and reports after the last one, or as soon as one
 * ends with a status other than `completed` (the rest are skipped).
 */
export const actionResultSchema = z
  .strictObject({
    action: z.enum(ACTION_TYPES, { error: `action must be one of ${ACTION_TYPES.join(', ')}` }),
    /** The action's `id`, if the control plane set one. */
    actionId: actionTagSchema.optional(),
    /** Position of the action in the reply's list, 0–31. */
    index: intSchema('index', 0, MAX_ACTIONS_PER_REPLY - 1),
    status: z.enum(ACTION_STATUSES, { error: `status must be one of ${ACTION_STATUSES.join(', ')}` }),
    /** The SIP final response that decided it (486 for busy, 603 for rejected, …), when there was one. */
    sipStatus: sipStatusSchema.optional(),
    /** Human-readable detail for logs; ≤ 128 characters. */
    reason: reasonSchema.optional(),
    /** `gather`: the keys entered, terminator excluded; `queue`: the exit key. ≤ 64. */
    digits: dtmfSchema('digits')
      .max(MAX_GATHER_DIGITS, { error: `digits must be at most ${MAX_GATHER_DIGITS} keys` })
      .optional(),
    /** `gather`: the terminator that ended the entry. */
    terminator: dtmfSchema('terminator').length(1, { error: 'terminator must be one key' }).optional(),
    /** `record`: S3 key of the recording written. */
    recordingKey: objectKeySchema('recordingKey').optional(),
    /** `fax`: S3 key of the received document. */
    faxKey: objectKeySchema('faxKey').optional(),
    /** `fax`: pages sent or received, 0–500. */
    faxPages: intSchema('faxPages', 0, MAX_FAX_PAGES).optional(),
    /** `park`: the slot the call was parked in. */
    parkSlot: parkSlotSchema.optional(),
    answeredBy: answeredBySchema.optional(),
    /** `dial`/`queue`/`park`: time from start to answer or give-up, in ms. */
    waitMs: msSchema('waitMs', 0, Number.MAX_SAFE_INTEGER).optional(),
    /** How long the action ran, in ms (for `dial`/`queue`: answer to end — the talk time). */
    durationMs: msSchema('durationMs', 0, Number.MAX_SAFE_INTEGER),
  })
  .superRefine((result, context) => {
    for (const [field, owners] of Object.entries(DETAIL_OWNERS)) {
      if (
        field in result &&
        result[field as keyof typeof result] !== undefined &&
        !owners.includes(result.action)
      ) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} is not reported for a ${result.action} action (only ${owners.join(', ')})`,
        });
      }
    }
  });

export type ActionResult = z.infer<typeof actionResultSchema>;
export type ActionResultInput = z.input<typeof actionResultSchema>;

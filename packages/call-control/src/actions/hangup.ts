import { z } from 'zod';
import { intSchema, q850CauseSchema, reasonSchema } from '../fields';
import { actionFields } from './action-base';

/** Q.850 cause 16, "normal call clearing". */
export const NORMAL_CLEARING = 16;

/**
 * `hangup`: end the call. Before answer the edge sends the final response
 * `sipStatus` (absent: mapped from `cause` per RFC 3398 §8.2.6.1, or 480
 * where the table has none, as for cause 16); after answer a BYE. Both carry `Reason: Q.850;cause=…;text=…`
 * (RFC 3326) when `cause` or `reason` is set.
 */
export const hangupActionSchema = z
  .strictObject({
    ...actionFields('hangup'),
    /** Final response for an unanswered call, 400–699 (RFC 3261 §21.4-21.6). */
    sipStatus: intSchema('sipStatus', 400, 699).optional(),
    /** Reason phrase and Reason `text`; ≤ 128 characters. */
    reason: reasonSchema.optional(),
    /** Q.850 cause 1–127; default 16 (normal call clearing). */
    cause: q850CauseSchema.default(NORMAL_CLEARING),
  })
  .meta({ description: 'End the call with a SIP status and/or Q.850 cause.' });

export type HangupAction = z.infer<typeof hangupActionSchema>;

import { z } from 'zod';
import { intSchema, legIdSchema, reasonSchema, unionError, uriSchema } from '../fields';
import { MAX_REDIRECT_CONTACTS } from '../limits';
import { actionFields } from './action-base';

/**
 * `transfer` hands the far end of a leg to another party with REFER
 * (RFC 3515), so the call leaves this PBX's media path:
 *  - `blind`: Refer-To the target URI;
 *  - `attended`: Refer-To the party of another, already connected leg, with
 *    Replaces naming that leg's dialog (RFC 3891 §3, RFC 5589 §7).
 * The result waits for the NOTIFY carrying the outcome (RFC 3515 §2.4.5):
 * `completed` (the edge then ends its own leg, and `call.ended` follows) or
 * `failed`/`rejected` with `sipStatus`, the call still up.
 */
const transferFields = {
  ...actionFields('transfer'),
  /** The leg whose far end is referred; absent = the event's leg. */
  legId: legIdSchema.optional(),
};

export const blindTransferActionSchema = z.strictObject({
  ...transferFields,
  mode: z.literal('blind'),
  referTo: uriSchema,
});

export const attendedTransferActionSchema = z.strictObject({
  ...transferFields,
  mode: z.literal('attended'),
  /** The consultation leg whose dialog the transferee replaces. */
  replacesLegId: legIdSchema,
});

export const transferActionSchema = z
  .discriminatedUnion('mode', [blindTransferActionSchema, attendedTransferActionSchema], {
    error: unionError('transfer', 'mode', ['blind', 'attended']),
  })
  .meta({ description: 'Transfer the far end with REFER: blind, or attended with Replaces.' });

/** 3xx codes a redirect may send (RFC 3261 §21.3). */
export const REDIRECT_STATUSES = [300, 301, 302] as const;

/**
 * `redirect`: answer the INVITE with a 3xx and Contact list (RFC 3261 §8.3.1)
 * so the upstream (usually a trunk) calls the new target itself. Only before
 * the call is answered; ends the call here.
 */
export const redirectActionSchema = z
  .strictObject({
    ...actionFields('redirect'),
    contacts: z
      .array(
        z.strictObject({
          uri: uriSchema,
          /** Contact `q` preference 0–1 (RFC 3261 §20.10); absent = none. */
          q: z
            .number({ error: 'q must be a number' })
            .min(0, { error: 'q must be 0–1' })
            .max(1, { error: 'q must be 0–1' })
            .optional(),
        }),
      )
      .min(1, { error: 'redirect needs at least one contact' })
      .max(MAX_REDIRECT_CONTACTS, { error: `redirect can have at most ${MAX_REDIRECT_CONTACTS} contacts` }),
    /** Default 302 Moved Temporarily. */
    sipStatus: intSchema('sipStatus', 300, 302).default(302),
    /** Reason phrase; absent = the standard one. */
    reason: reasonSchema.optional(),
  })
  .meta({ description: 'Answer with a 3xx redirect to new contacts (before answer).' });

export type TransferAction = z.infer<typeof transferActionSchema>;
export type RedirectAction = z.infer<typeof redirectActionSchema>;

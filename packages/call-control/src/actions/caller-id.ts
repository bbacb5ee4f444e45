import { z } from 'zod';
import { displayNameSchema, numberSchema } from '../fields';
import { actionFields } from './action-base';

/**
 * Privacy of the presented identity (RFC 3323 §4.2): `none` shows it, `id`
 * withholds it (P-Asserted-Identity kept for the network, RFC 3325 §9.3).
 * The T300 "Display Number" default is "withheld" (manual L595-600); the
 * control plane decides, the edge only signals.
 */
export const PRIVACY_VALUES = ['none', 'id'] as const;

export const callerIdSchema = z.strictObject({
  /** Number presented in From / P-Asserted-Identity; absent = leave as is. */
  number: numberSchema.optional(),
  /** Display name; absent = leave as is, '' = none. ≤ 128 characters. */
  name: displayNameSchema.optional(),
  /** Default `none`. */
  privacy: z.enum(PRIVACY_VALUES, { error: 'privacy must be none or id' }).default('none'),
});

/**
 * `set-caller-id`: the identity the edge presents on every leg it starts from
 * here on (dial, queue agents, transfers) unless an action overrides it.
 */
export const setCallerIdActionSchema = z
  .strictObject({ ...actionFields('set-caller-id'), ...callerIdSchema.shape })
  .superRefine((callerId, context) => {
    if (callerId.number === undefined && callerId.name === undefined && callerId.privacy === 'none') {
      context.addIssue({
        code: 'custom',
        path: ['number'],
        message: 'set-caller-id needs a number, a name or privacy id',
      });
    }
  })
  .meta({ description: 'Set the caller identity presented on legs started from now on.' });

export type CallerId = z.infer<typeof callerIdSchema>;
export type SetCallerIdAction = z.infer<typeof setCallerIdActionSchema>;

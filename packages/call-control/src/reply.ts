import { z } from 'zod';
import { type ActionType, actionSchema, TERMINAL_ACTION_TYPES } from './actions';
import { stateTokenSchema } from './events';
import { protocolVersionSchema } from './fields';
import { MAX_ACTIONS_PER_REPLY } from './limits';

/**
 * The control plane's answer to an event: the next actions, run in order,
 * and the state the edge echoes with the next event.
 */
export const replySchema = z
  .strictObject({
    protocolVersion: protocolVersionSchema,
    /**
     * 0–32 actions. A reply to `call.new` or `action.done` needs at least one
     * (else the call would hang, see `parseReply`); to `call.ended` and
     * `leg.report` none.
     */
    actions: z
      .array(actionSchema)
      .max(MAX_ACTIONS_PER_REPLY, { error: `a reply can have at most ${MAX_ACTIONS_PER_REPLY} actions` }),
    /** Sealed state (see `sealState`) or null; ≤ 8 KiB. Default null. */
    state: stateTokenSchema.nullable().default(null),
  })
  .superRefine((reply, context) => {
    const types: ActionType[] = reply.actions.map((action) => action.type);
    types.forEach((type, index) => {
      if (TERMINAL_ACTION_TYPES.includes(type) && index < types.length - 1) {
        context.addIssue({
          code: 'custom',
          path: ['actions', index, 'type'],
          message: `${type} ends the call here, so it must be the last action (found at ${index} of ${types.length})`,
        });
      }
    });
    const answerAt = types.indexOf('answer');
    const redirectAt = types.indexOf('redirect');
    if (answerAt !== -1 && redirectAt > answerAt) {
      context.addIssue({
        code: 'custom',
        path: ['actions', redirectAt, 'type'],
        message: 'redirect answers the INVITE with a 3xx, so it cannot follow answer',
      });
    }
  })
  .meta({ description: 'The control plane reply: actions to run in order, and opaque state.' });

/** A reply as the edge executes it (defaults applied). */
export type Reply = z.infer<typeof replySchema>;
/** A reply as the control plane may write it. */
export type ReplyInput = z.input<typeof replySchema>;

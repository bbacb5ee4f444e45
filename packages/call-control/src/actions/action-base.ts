import { z } from 'zod';
import { actionTagSchema } from '../fields';

/**
 * Fields every action has. `type` is the discriminator; `id` is an optional
 * tag the control plane chooses and the edge echoes in the action's result, so
 * a reply with two `play`s can tell which one a result is about.
 */
export function actionFields<const T extends string>(type: T) {
  return {
    type: z.literal(type),
    /** Echoed as `result.actionId`; 1–64 characters. */
    id: actionTagSchema.optional(),
  };
}

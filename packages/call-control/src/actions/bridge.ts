import { z } from 'zod';
import { legIdSchema } from '../fields';
import { actionFields } from './action-base';

/**
 * `bridge`: connect this call's leg with another existing leg of the same
 * tenant on the edge (a consultation leg, a leg that answered elsewhere).
 * Completes when the bridge ends with this leg still up; `failed` if the other
 * leg is gone.
 */
export const bridgeActionSchema = z
  .strictObject({
    ...actionFields('bridge'),
    /** The other leg. */
    legId: legIdSchema,
  })
  .meta({ description: 'Bridge this leg with another existing leg.' });

export type BridgeAction = z.infer<typeof bridgeActionSchema>;

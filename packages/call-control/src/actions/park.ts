import { z } from 'zod';
import { idSchema, msSchema, musicClassSchema, unionError } from '../fields';
import { DEFAULT_PARK_TIMEOUT_MS, MAX_PARK_TIMEOUT_MS, MAX_PICKUP_DEVICES } from '../limits';
import { actionFields } from './action-base';

/** Park orbit slots `00`–`99` (T300 manual L799-833: "100 holding spaces, 00-99"). */
export const parkSlotSchema = z
  .string({ error: 'slot must be a string' })
  .regex(/^[0-9]{2}$/, { error: 'slot must be two digits, 00-99' });

/**
 * `park`: hold the caller in a park slot with music until someone picks the
 * call up there (T300 "Park & Orbit", `*08 + slot`). Result: `completed` with
 * `parkSlot` when picked up; `busy` if the slot is taken; `timeout` after
 * timeoutMs (the control plane rings the parker back).
 */
export const parkActionSchema = z
  .strictObject({
    ...actionFields('park'),
    /** Slot to use; absent = the first free slot (reported as `result.parkSlot`). */
    slot: parkSlotSchema.optional(),
    /** Park group (orbit namespace) within the tenant; absent = the tenant's single orbit. */
    parkGroupId: idSchema('parkGroupId').optional(),
    /** In ms (10,000–3,600,000); default 180,000. */
    timeoutMs: msSchema('timeoutMs', 10_000, MAX_PARK_TIMEOUT_MS).default(DEFAULT_PARK_TIMEOUT_MS),
    /** Hold music; absent = the tenant's default class. */
    musicClass: musicClassSchema.optional(),
  })
  .meta({ description: 'Park the caller in an orbit slot.' });

/**
 * `pickup`: connect the caller with a call that is parked, or that is ringing
 * on one of the given devices — directed pickup (`*8 + number`, one user's
 * devices) and group pickup (`*8`, the pickup group members' devices), T300
 * manual L2939-2942. `failed` when there is nothing to pick up.
 */
export const pickupActionSchema = z
  .strictObject({
    ...actionFields('pickup'),
    target: z.discriminatedUnion(
      'kind',
      [
        z.strictObject({
          kind: z.literal('parked'),
          slot: parkSlotSchema,
          parkGroupId: idSchema('parkGroupId').optional(),
        }),
        z.strictObject({
          kind: z.literal('ringing'),
          /** The oldest call ringing on any of these 1–100 devices is taken. */
          deviceIds: z
            .array(idSchema('deviceId'))
            .min(1, { error: 'pickup needs at least one device' })
            .max(MAX_PICKUP_DEVICES, { error: `pickup can name at most ${MAX_PICKUP_DEVICES} devices` }),
        }),
      ],
      { error: unionError('pickup target', 'kind', ['parked', 'ringing']) },
    ),
  })
  .meta({ description: 'Pick up a parked call or a call ringing on given devices.' });

export type ParkAction = z.infer<typeof parkActionSchema>;
export type PickupAction = z.infer<typeof pickupActionSchema>;

import { z } from 'zod';
import { idSchema, intSchema, musicClassSchema } from '../fields';
import { MAX_CONFERENCE_PARTICIPANTS } from '../limits';
import { actionFields } from './action-base';

/**
 * `conference`: put the caller into a conference room (T300 manual L1480-1514,
 * permanent conference rooms L620-633). The PIN is checked beforehand by the
 * control plane with `gather`. In-conference keys (mute, lock; T300 manual
 * L3014-3040) are handled by the edge. Completes when the participant leaves
 * by key; `hangup` when they hang up; `rejected` when the room is full or locked.
 */
export const conferenceActionSchema = z
  .strictObject({
    ...actionFields('conference'),
    /** Room id, unique within the tenant; the edge scopes it by tenant. */
    roomId: idSchema('roomId'),
    /** Moderator: may lock the room and mute others. Default false. */
    moderator: z.boolean({ error: 'moderator must be true or false' }).default(false),
    /** Join muted (listen only). Default false. */
    muted: z.boolean({ error: 'muted must be true or false' }).default(false),
    /** Until a moderator is in the room, others wait with music. Default false. */
    waitForModerator: z.boolean({ error: 'waitForModerator must be true or false' }).default(false),
    /** When this moderator leaves, the conference ends for all. Default false. */
    endOnExit: z.boolean({ error: 'endOnExit must be true or false' }).default(false),
    /** Beep when participants join or leave. Default true. */
    announceJoinLeave: z.boolean({ error: 'announceJoinLeave must be true or false' }).default(true),
    /** Music while waiting; absent = the tenant's default class. */
    waitMusicClass: musicClassSchema.optional(),
    /** Room size, 2–200; the first joiner's value applies. Default 50. */
    maxParticipants: intSchema('maxParticipants', 2, MAX_CONFERENCE_PARTICIPANTS).default(50),
  })
  .meta({ description: 'Join the caller to a conference room.' });

export type ConferenceAction = z.infer<typeof conferenceActionSchema>;

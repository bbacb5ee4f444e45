import { hashPassword } from '@carillon/auth';
import {
  createVoicemailBoxInputSchema,
  toVoicemailBoxOutput,
  updateVoicemailBoxInputSchema,
  voicemailBoxOutputSchema,
} from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/**
 * What a user may change on their own box (T640 manual L1270 "Allow voicemail
 * configuration"): PIN, greeting and notification. Number, owner and the
 * length limit are the administrator's.
 */
const SELF_SERVICE_FIELDS = [
  'name',
  'pin',
  'greetingAudioFileId',
  'greetingOnly',
  'notifyEmail',
  'attachAudio',
  'deleteAfterEmail',
  'language',
] as const;

/** Voicemail boxes (T640 manual L843-855, T300 manual L1391-1407); the PIN is stored as an argon2id hash only. */
export function voicemailBoxRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'voicemail-box',
    segment: 'voicemail-boxes',
    idParam: { name: 'voicemailBoxId', example: 'vmb_0123456789abcdefghjkmnpqrs' },
    schemaName: 'VoicemailBox',
    tag: 'Voicemail boxes',
    noun: ['voicemail box', 'voicemail boxes'],
    description:
      "Voicemail boxes of users and groups with their own extension, PIN, greeting and e-mail notification (T640 manual L843-855). A user reads and changes their own box's PIN, greeting and notification.",
    repository: (store) => store.voicemailBoxes,
    createSchema: createVoicemailBoxInputSchema,
    updateSchema: updateVoicemailBoxInputSchema,
    outputSchema: voicemailBoxOutputSchema,
    toOutput: toVoicemailBoxOutput,
    createDescription: 'The PIN is hashed with argon2id; it is never returned.',
    prepareCreate: async ({ pin, ...box }) => ({ item: { ...box, pinHash: await hashPassword(pin) } }),
    preparePatch: async ({ pin, ...patch }) => ({
      ...patch,
      ...(pin === undefined ? {} : { pinHash: await hashPassword(pin) }),
    }),
    own: {
      ownerOf: (box) => box.ownerUserId,
      ownerField: 'ownerUserId',
      selfServiceFields: SELF_SERVICE_FIELDS,
    },
  }).app;
}

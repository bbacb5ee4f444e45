import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { emailSchema } from './values/email';
import { extensionNumberSchema } from './values/extension-number';
import { audioFileIdSchema, groupIdSchema, userIdSchema, voicemailBoxIdSchema } from './values/id';
import { languageSchema } from './values/language';
import { pinProblems } from './values/password-policy';

/** Voicemail PINs: 4–10 digits, not trivial. Stricter than the login PIN's 3 (T640 manual L836), as it guards recordings reachable from outside. */
export const VOICEMAIL_PIN_MIN = 4;
export const VOICEMAIL_PIN_MAX = 10;
/** T300 manual L1401-1404: recording length default 30 minutes, also the maximum. */
export const VOICEMAIL_MAX_MESSAGE_SECONDS = 1800;

export const voicemailPinSchema = z.string({ error: 'PIN must be a string' }).superRefine((pin, context) => {
  for (const message of pinProblems(pin, 'voicemail PIN', VOICEMAIL_PIN_MIN, VOICEMAIL_PIN_MAX)) {
    context.addIssue({ code: 'custom', message });
  }
});

const voicemailBoxInputShape = {
  name: nameSchema('voicemail box name', 60),
  /** The box's extension (T640 manual L843-846: defaults to the user's extension). */
  extensionNumber: extensionNumberSchema,
  /** Owner: a user, or a group for a shared box (T300 manual L1391-1398). */
  ownerUserId: userIdSchema.nullable().default(null),
  ownerGroupId: groupIdSchema.nullable().default(null),
  greetingAudioFileId: audioFileIdSchema.nullable().default(null),
  /** "No recording": greeting only (T300 manual L1401-1402). */
  greetingOnly: z.boolean({ error: 'greeting only must be true or false' }).default(false),
  maxMessageSeconds: z
    .number({ error: 'maximum message length must be a number' })
    .int({ error: 'maximum message length must be a whole number of seconds' })
    .min(10, { error: `maximum message length must be 10–${VOICEMAIL_MAX_MESSAGE_SECONDS} seconds` })
    .max(VOICEMAIL_MAX_MESSAGE_SECONDS, {
      error: `maximum message length must be 10–${VOICEMAIL_MAX_MESSAGE_SECONDS} seconds`,
    })
    .default(VOICEMAIL_MAX_MESSAGE_SECONDS),
  /** E-mail notification (T640 manual L849-855); null = none. */
  notifyEmail: emailSchema.nullable().default(null),
  /** "Send Message By E-Mail" as attachment (T300 manual L1405-1407). */
  attachAudio: z.boolean({ error: 'attach audio must be true or false' }).default(true),
  deleteAfterEmail: z.boolean({ error: 'delete after e-mail must be true or false' }).default(false),
  language: languageSchema.nullable().default(null),
};

function checkBox(
  box: {
    ownerUserId?: string | null;
    ownerGroupId?: string | null;
    notifyEmail?: string | null;
    attachAudio?: boolean;
    deleteAfterEmail?: boolean;
  },
  context: z.RefinementCtx,
): void {
  if (box.ownerUserId && box.ownerGroupId) {
    context.addIssue({
      code: 'custom',
      path: ['ownerGroupId'],
      message: 'a voicemail box belongs to a user or a group, not both',
    });
  }
  if (box.deleteAfterEmail && (!box.notifyEmail || !box.attachAudio)) {
    context.addIssue({
      code: 'custom',
      path: ['deleteAfterEmail'],
      message: 'delete after e-mail needs an e-mail address and attached audio, or messages would be lost',
    });
  }
}

export const createVoicemailBoxInputSchema = inputObject({
  ...voicemailBoxInputShape,
  pin: voicemailPinSchema,
}).superRefine(checkBox);
export const updateVoicemailBoxInputSchema = updateSchema({
  ...voicemailBoxInputShape,
  pin: voicemailPinSchema,
});

export const voicemailBoxSchema = z
  .object({
    id: voicemailBoxIdSchema,
    ...voicemailBoxInputShape,
    /** Hash of the PIN; never in an output schema. */
    pinHash: z.string(),
    ...tenantOwnedFields,
  })
  .superRefine(checkBox);

export const voicemailBoxOutputSchema = z.object({
  id: voicemailBoxIdSchema,
  ...voicemailBoxInputShape,
  ...tenantOwnedFields,
});

export type VoicemailBox = z.infer<typeof voicemailBoxSchema>;
export type VoicemailBoxOutput = z.infer<typeof voicemailBoxOutputSchema>;
export type CreateVoicemailBoxInput = z.input<typeof createVoicemailBoxInputSchema>;
export type UpdateVoicemailBoxInput = z.input<typeof updateVoicemailBoxInputSchema>;

export function toVoicemailBoxOutput(box: VoicemailBox): VoicemailBoxOutput {
  const { pinHash: _pinHash, ...output } = box;
  return output;
}

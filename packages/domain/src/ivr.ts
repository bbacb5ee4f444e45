import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { extensionNumberSchema } from './values/extension-number';
import { audioFileIdSchema, ivrIdSchema } from './values/id';

/**
 * IVR menus, T640 manual L1747-1835: an announcement, an action per key
 * (0–9, *, #), and interaction rules for no input and invalid input.
 */
export const IVR_KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;

/** Key and interaction-rule actions (T640 manual L1808-1835). */
export const ivrActionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('hang-up') }),
    z.object({
      type: z.literal('go-to'),
      /** Extension or external number. */
      destination: z
        .string()
        .regex(/^\+?\d{2,15}$/, { error: 'destination must be an extension or phone number' }),
    }),
    z.object({ type: z.literal('play'), audioFileId: audioFileIdSchema }),
    z.object({ type: z.literal('repeat') }),
  ],
  { error: 'action type must be none, hang-up, go-to, play or repeat' },
);
export type IvrAction = z.infer<typeof ivrActionSchema>;

/** zod reports keys outside the enum as `unrecognized_keys` at runtime, though its issue type for records omits that code. */
function keypadKeysError(issue: {
  readonly code?: string;
  readonly keys?: readonly string[];
}): string | undefined {
  return issue.code === 'unrecognized_keys'
    ? `keys must be 0–9, * or #, not ${issue.keys?.join(', ')}`
    : undefined;
}

const ivrInputShape = {
  /** "Title" (T640 manual L1774). */
  name: nameSchema('IVR name', 60),
  /** "Extension" (T640 manual L1776). */
  extensionNumber: extensionNumberSchema,
  /** "Announcement file" (T640 manual L1778-1781). */
  announcementAudioFileId: audioFileIdSchema.nullable().default(null),
  keys: z.partialRecord(z.enum(IVR_KEYS), ivrActionSchema, { error: keypadKeysError }).default({}),
  /** "Time to wait for input" in seconds (T640 manual L1792-1796). */
  inputTimeoutSeconds: z
    .number({ error: 'time to wait for input must be a number' })
    .int({ error: 'time to wait for input must be a whole number of seconds' })
    .min(1, { error: 'time to wait for input must be 1–60 seconds' })
    .max(60, { error: 'time to wait for input must be 1–60 seconds' })
    .default(5),
  /** "Repetitions" of the announcement (T640 manual L1798). */
  repetitions: z
    .number({ error: 'repetitions must be a number' })
    .int({ error: 'repetitions must be a whole number' })
    .min(0, { error: 'repetitions must be 0–10' })
    .max(10, { error: 'repetitions must be 0–10' })
    .default(2),
  /** "Allow direct dial" of internal numbers (T640 manual L1800-1806). */
  allowDirectDial: z.boolean({ error: 'allow direct dial must be true or false' }).default(false),
  onNoInput: ivrActionSchema.default({ type: 'hang-up' }),
  onInvalidInput: ivrActionSchema.default({ type: 'repeat' }),
};

export const createIvrInputSchema = inputObject(ivrInputShape);
export const updateIvrInputSchema = updateSchema(ivrInputShape);
export const ivrSchema = z.object({ id: ivrIdSchema, ...ivrInputShape, ...tenantOwnedFields });

export type Ivr = z.infer<typeof ivrSchema>;
export type CreateIvrInput = z.input<typeof createIvrInputSchema>;
export type UpdateIvrInput = z.input<typeof updateIvrInputSchema>;

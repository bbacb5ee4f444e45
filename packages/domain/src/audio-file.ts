import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { audioFileIdSchema } from './values/id';

/** What a recording is for: IVR and queue prompts, music on hold, voicemail greetings. */
export const AUDIO_PURPOSES = ['prompt', 'moh', 'greeting'] as const;

/** Upload formats the T640 accepts (T640 manual L1864); the edge transcodes to its own format. */
export const AUDIO_FORMATS = ['aif', 'aiff', 'wav', 'au', 'alaw', 'ulaw', 'gsm', 'mp3', 'ogg'] as const;

/** T640 manual L1866: "Maximum size: 20 MB". */
export const AUDIO_MAX_BYTES = 20 * 1024 * 1024;

const audioFileInputShape = {
  /** "Description" (T640 manual L1843-1846); defaults to the file name. */
  name: nameSchema('audio file name', 100),
  purpose: z.enum(AUDIO_PURPOSES, { error: 'purpose must be prompt, moh or greeting' }),
  /** Hold-music class the file belongs to (T640 manual L1872-1880), only for `moh`. */
  mohClass: z.string().trim().min(1).max(60).nullable().default(null),
};

export const createAudioFileInputSchema = inputObject({
  ...audioFileInputShape,
  format: z.enum(AUDIO_FORMATS, { error: `format must be one of ${AUDIO_FORMATS.join(', ')}` }),
  sizeBytes: z
    .number({ error: 'size must be a number' })
    .int({ error: 'size must be a whole number of bytes' })
    .min(1, { error: 'file must not be empty' })
    .max(AUDIO_MAX_BYTES, { error: 'file must be at most 20 MB' }),
});
export const updateAudioFileInputSchema = updateSchema(audioFileInputShape);

export const audioFileSchema = z
  .object({
    id: audioFileIdSchema,
    ...audioFileInputShape,
    format: z.enum(AUDIO_FORMATS),
    sizeBytes: z.number().int().min(1).max(AUDIO_MAX_BYTES),
    /** Object key in the media bucket; always under the tenant (`t/<tenantId>/audio/…`). */
    s3Key: z
      .string({ error: 'S3 key must be a string' })
      .regex(/^t\/tnt_[0-9a-z]{26}\/audio\/[A-Za-z0-9._/-]{1,200}$/, {
        error: 'S3 key must lie under t/<tenantId>/audio/',
      }),
    /** Known after the upload is processed; null until then. */
    durationMs: z.number().int().min(0).nullable().default(null),
    ...tenantOwnedFields,
  })
  .refine((file) => file.s3Key.startsWith(`t/${file.tenantId}/`), {
    error: 'S3 key must lie under the tenant of the file',
    path: ['s3Key'],
  });

export type AudioFile = z.infer<typeof audioFileSchema>;
export type CreateAudioFileInput = z.input<typeof createAudioFileInputSchema>;
export type UpdateAudioFileInput = z.input<typeof updateAudioFileInputSchema>;

export function audioFileS3Key(tenantId: string, audioFileId: string, format: string): string {
  return `t/${tenantId}/audio/${audioFileId}.${format}`;
}

/**
 * What the API accepts for upload, by media type (RFC 2361 `audio/wav`, RFC 3003 `audio/mpeg`), and the format
 * it is stored as. Fewer than AUDIO_FORMATS: these two are what browsers and phones record and the edge plays.
 */
export const AUDIO_UPLOAD_TYPES = { 'audio/wav': 'wav', 'audio/mpeg': 'mp3' } as const;
export type AudioUploadType = keyof typeof AUDIO_UPLOAD_TYPES;
const AUDIO_UPLOAD_TYPE_NAMES = Object.keys(AUDIO_UPLOAD_TYPES) as [AudioUploadType, ...AudioUploadType[]];

/** Hold-music classes belong to music on hold only (T640 manual L1872-1880). */
function checkMohClass(file: { purpose?: string; mohClass?: string | null }, context: z.RefinementCtx): void {
  if (file.mohClass && file.purpose !== undefined && file.purpose !== 'moh') {
    context.addIssue({
      code: 'custom',
      path: ['mohClass'],
      message: 'hold-music class is only for purpose moh',
    });
  }
}

/** The API's create input: the metadata, and the type and size the presigned upload will be held to. */
export const createAudioFileApiInputSchema = inputObject({
  ...audioFileInputShape,
  contentType: z.enum(AUDIO_UPLOAD_TYPE_NAMES, {
    error: `content type must be one of ${AUDIO_UPLOAD_TYPE_NAMES.join(', ')}`,
  }),
  sizeBytes: createAudioFileInputSchema.shape.sizeBytes,
}).superRefine(checkMohClass);

/** The public record: no object key (the bytes are reached only through presigned URLs). */
export const audioFileOutputSchema = z.object({
  id: audioFileIdSchema,
  ...audioFileInputShape,
  format: z.enum(AUDIO_FORMATS),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  durationMs: z.number().int().nullable(),
  ...tenantOwnedFields,
});
export type AudioFileOutput = z.infer<typeof audioFileOutputSchema>;

/** The media type of a stored format, for downloads. */
export function audioContentType(format: AudioFile['format']): string {
  const entry = Object.entries(AUDIO_UPLOAD_TYPES).find(([, stored]) => stored === format);
  return entry?.[0] ?? 'application/octet-stream';
}

export function toAudioFileOutput(file: AudioFile): AudioFileOutput {
  const { s3Key: _key, ...output } = file;
  return { ...output, contentType: audioContentType(file.format) };
}

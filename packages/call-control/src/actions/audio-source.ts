import { z } from 'zod';
import { countrySchema, musicClassSchema, objectKeySchema, unionError } from '../fields';

/**
 * Call-progress and service tones the edge generates itself, named after
 * ITU-T E.180 / Q.35; `country` chooses the national cadence and frequency.
 */
export const TONES = [
  'dial',
  'ringback',
  'busy',
  'congestion',
  'call-waiting',
  'special-information',
  'confirmation',
  'beep',
] as const;

/** A recorded prompt or audio file, by its S3 key (the control plane resolves language and tenant). */
export const promptSourceSchema = z.strictObject({
  kind: z.literal('prompt'),
  /** S3 object key of the WAV prompt, relative to the tenant's prompt bucket; ≤ 512 characters. */
  key: objectKeySchema('prompt key'),
});

export const toneSourceSchema = z.strictObject({
  kind: z.literal('tone'),
  tone: z.enum(TONES, { error: `tone must be one of ${TONES.join(', ')}` }),
  /** ISO 3166-1 alpha-2 country whose tone plan to use. */
  country: countrySchema,
});

/** Hold music (T640 manual L1872-1912). */
export const musicSourceSchema = z.strictObject({
  kind: z.literal('music'),
  /** Hold-music class; null or absent = the tenant's default class. */
  musicClass: musicClassSchema.nullable().default(null),
});

export const audioSourceSchema = z.discriminatedUnion(
  'kind',
  [promptSourceSchema, toneSourceSchema, musicSourceSchema],
  { error: unionError('audio source', 'kind', ['prompt', 'tone', 'music']) },
);

export type AudioSource = z.infer<typeof audioSourceSchema>;

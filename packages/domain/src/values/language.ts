import { z } from 'zod';

/**
 * UI, announcement and e-mail language of a user or tenant (T640 manual L857:
 * one setting for phone, system announcements and user interface).
 * A BCP 47 tag restricted to language and optional region: `de`, `en-GB`.
 */
export const languageSchema = z
  .string({ error: 'language must be a string' })
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'language must be a language tag such as "de" or "en-GB"' });

export type Language = z.infer<typeof languageSchema>;

import { z } from 'zod';

/** E-mail addresses are compared case-insensitively, so they are stored lower-cased. */
export const emailSchema = z
  .string({ error: 'e-mail address must be a string' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'e-mail address must be at most 254 characters' })
  .pipe(z.email({ error: 'e-mail address is not valid' }));

export type Email = z.infer<typeof emailSchema>;

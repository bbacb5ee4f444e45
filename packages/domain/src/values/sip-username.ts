import { z } from 'zod';

/**
 * SIP user part for device accounts. RFC 3261 §25.1 allows far more in `user`
 * (unreserved, escaped and `&=+$,;?/`), but every character beyond these needs
 * escaping somewhere (URI, digest header, provisioning XML), so Carillon
 * generates and accepts only lower-case letters, digits, `.`, `_` and `-`.
 */
export const SIP_USERNAME_MIN = 4;
export const SIP_USERNAME_MAX = 64;

export const sipUsernameSchema = z
  .string({ error: 'SIP username must be a string' })
  .min(SIP_USERNAME_MIN, { error: `SIP username must be at least ${SIP_USERNAME_MIN} characters` })
  .max(SIP_USERNAME_MAX, { error: `SIP username must be at most ${SIP_USERNAME_MAX} characters` })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: 'SIP username may contain only a-z, 0-9, ".", "_" and "-", and must start with a letter or digit',
  });

export type SipUsername = z.infer<typeof sipUsernameSchema>;

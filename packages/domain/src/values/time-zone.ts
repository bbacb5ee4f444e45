import { z } from 'zod';

let zones: Set<string> | undefined;

/**
 * True for IANA zone names the runtime knows. `Intl.supportedValuesOf` lists
 * canonical names only, so aliases such as `UTC` or `Europe/Kiev` are accepted
 * when `Intl.DateTimeFormat` resolves them.
 */
export function isIanaTimeZone(name: string): boolean {
  zones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (zones.has(name)) return true;
  // DateTimeFormat also accepts odd forms (lower case, "EST5EDT"); require the IANA shape.
  if (!/^(?:UTC|Etc\/[A-Za-z0-9+-]+|[A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+){1,2})$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: 'time zone must be a string' })
  .refine(isIanaTimeZone, { error: 'time zone must be an IANA time zone name, e.g. Europe/Berlin' });

export type TimeZone = z.infer<typeof timeZoneSchema>;

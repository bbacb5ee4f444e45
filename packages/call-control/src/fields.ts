import { z } from 'zod';
import {
  MAX_CALL_ID_LENGTH,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_ID_LENGTH,
  MAX_LEG_ID_LENGTH,
  MAX_NUMBER_LENGTH,
  MAX_OBJECT_KEY_LENGTH,
  MAX_REASON_LENGTH,
  MAX_URI_LENGTH,
  PROTOCOL_VERSION,
} from './limits';

/** Field types shared by events and actions. Messages name the field, so an issue reads on its own. */

export const protocolVersionSchema = z.literal(PROTOCOL_VERSION, {
  error: (issue) =>
    `unsupported protocol version ${JSON.stringify(issue.input)}; this side speaks ${PROTOCOL_VERSION}`,
});

/** Carillon ids are opaque here (`tnt_…`, `dev_…`); only their charset and length are checked. */
export const idSchema = (label: string) =>
  z
    .string({ error: `${label} must be a string` })
    .min(1, { error: `${label} must not be empty` })
    .max(MAX_ID_LENGTH, { error: `${label} must be at most ${MAX_ID_LENGTH} characters` })
    .regex(/^[A-Za-z0-9_.:-]+$/, { error: `${label} may hold only letters, digits and _ . : -` });

export const callIdSchema = z
  .string({ error: 'callId must be a string' })
  .min(1, { error: 'callId must not be empty' })
  .max(MAX_CALL_ID_LENGTH, { error: `callId must be at most ${MAX_CALL_ID_LENGTH} characters` });

export const legIdSchema = z
  .string({ error: 'legId must be a string' })
  .min(1, { error: 'legId must not be empty' })
  .max(MAX_LEG_ID_LENGTH, { error: `legId must be at most ${MAX_LEG_ID_LENGTH} characters` });

/** A SIP, SIPS (RFC 3261 §19.1) or tel (RFC 3966) URI. */
export const uriSchema = z
  .string({ error: 'URI must be a string' })
  .max(MAX_URI_LENGTH, { error: `URI must be at most ${MAX_URI_LENGTH} characters` })
  .regex(/^(sips?|tel):\S+$/i, { error: 'URI must be a sip:, sips: or tel: URI without spaces' });

/** A dial string: E.164 with `+`, a national or internal number, or a `*`/`#` service code. */
export const numberSchema = z
  .string({ error: 'number must be a string' })
  .regex(/^\+?[0-9*#]+$/, { error: 'number may hold only digits, * and #, with an optional leading +' })
  .max(MAX_NUMBER_LENGTH, { error: `number must be at most ${MAX_NUMBER_LENGTH} characters` });

export const displayNameSchema = z
  .string({ error: 'display name must be a string' })
  .max(MAX_DISPLAY_NAME_LENGTH, {
    error: `display name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters`,
  });

export const reasonSchema = z
  .string({ error: 'reason must be a string' })
  .max(MAX_REASON_LENGTH, { error: `reason must be at most ${MAX_REASON_LENGTH} characters` });

/** An S3 object key or key prefix, relative to the tenant's bucket: no leading `/`, no `..` segment. */
export const objectKeySchema = (label: string) =>
  z
    .string({ error: `${label} must be a string` })
    .min(1, { error: `${label} must not be empty` })
    .max(MAX_OBJECT_KEY_LENGTH, { error: `${label} must be at most ${MAX_OBJECT_KEY_LENGTH} characters` })
    .refine((key) => !key.startsWith('/') && !key.split('/').includes('..'), {
      error: `${label} must be relative (no leading / and no .. segment)`,
    });

/** DTMF events of RFC 4733 §3.2 (events 0-15): 0-9, *, #, A-D. */
export const DTMF_PATTERN = /^[0-9*#A-D]*$/;
export const dtmfSchema = (label: string) =>
  z.string({ error: `${label} must be a string` }).regex(DTMF_PATTERN, {
    error: `${label} may hold only the DTMF keys 0-9 * # A-D`,
  });

/** Whole milliseconds in [min, max]. */
export const msSchema = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of milliseconds` })
    .int({ error: `${label} must be a whole number of milliseconds` })
    .min(min, { error: `${label} must be ${min}–${max} ms` })
    .max(max, { error: `${label} must be ${min}–${max} ms` });

export const intSchema = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be ${min}–${max}` })
    .max(max, { error: `${label} must be ${min}–${max}` });

export const timestampSchema = z.iso.datetime({ error: 'time must be an RFC 3339 UTC timestamp' });

/** A SIP final or provisional status code (RFC 3261 §7.2). */
export const sipStatusSchema = intSchema('SIP status', 100, 699);

/** ITU-T Q.850 cause value, as carried in the RFC 3326 Reason header. */
export const q850CauseSchema = intSchema('Q.850 cause', 1, 127);

/** ISO 3166-1 alpha-2 country; picks the national tone plan (ITU-T E.180 Supplement 2). */
export const countrySchema = z
  .string({ error: 'country must be a string' })
  .regex(/^[A-Z]{2}$/, { error: 'country must be an ISO 3166-1 alpha-2 code such as DE' });

/** A hold-music class name (T640 manual L1872); null = the tenant's default class. */
export const musicClassSchema = z
  .string({ error: 'music class must be a string' })
  .min(1, { error: 'music class must not be empty' })
  .max(60, { error: 'music class must be at most 60 characters' });

/** Optional tag the control plane puts on an action; the edge echoes it in that action's result. */
export const actionTagSchema = z
  .string({ error: 'action id must be a string' })
  .min(1, { error: 'action id must not be empty' })
  .max(64, { error: 'action id must be at most 64 characters' });

/** Error message for a discriminated union: says whether the object is missing, not an object, or of an unknown kind. */
export function unionError(what: string, discriminator: string, options: readonly string[]) {
  return (issue: { input?: unknown }): string => {
    if (issue.input === undefined) return `${what} is required`;
    if (typeof issue.input !== 'object' || issue.input === null || Array.isArray(issue.input)) {
      return `${what} must be an object`;
    }
    const value: unknown = Reflect.get(issue.input, discriminator);
    const field = what === discriminator ? what : `${what} ${discriminator}`;
    return `unknown ${field} ${JSON.stringify(value) ?? 'undefined'}; expected one of ${options.join(', ')}`;
  };
}

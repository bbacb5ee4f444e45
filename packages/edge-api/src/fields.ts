import { z } from 'zod';

/** Carillon ids (`tnt_…`, `dev_…`) as the call-control protocol bounds them: opaque, ≤ 64 characters. */
export const edgeIdSchema = (label: string) =>
  z
    .string({ error: `${label} must be a string` })
    .min(1, { error: `${label} must not be empty` })
    .max(64, { error: `${label} must be at most 64 characters` })
    .regex(/^[A-Za-z0-9_.:-]+$/, { error: `${label} may hold only letters, digits and _ . : -` });

/** A tenant's SIP domain, also its digest realm (RFC 3261 §22.1): a lower-case DNS name. */
export const sipDomainSchema = z
  .string({ error: 'domain must be a string' })
  .min(3, { error: 'domain must be a DNS name' })
  .max(253, { error: 'domain must be at most 253 characters' })
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'domain must be a lower-case DNS name' });

/** A digest user name as a device sends it (RFC 3261 §22.4, `username` parameter). */
export const sipUsernameSchema = z
  .string({ error: 'username must be a string' })
  .min(1, { error: 'username must not be empty' })
  .max(64, { error: 'username must be at most 64 characters' });

export const timestampSchema = z.iso.datetime({ error: 'time must be an RFC 3339 UTC timestamp' });

/** A concurrent-call limit; 0 means no calls at all (a suspended device would get 0). */
export const callLimitSchema = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} must not be negative` });

/** A SIP status code (RFC 3261 §7.2). */
export const sipStatusSchema = z
  .number({ error: 'sipStatus must be a number' })
  .int({ error: 'sipStatus must be a whole number' })
  .min(100, { error: 'sipStatus must be 100–699' })
  .max(699, { error: 'sipStatus must be 100–699' });

/** Free text for logs and the RFC 3326 Reason `text`; ≤ 128 characters as in the call-control protocol. */
export const reasonSchema = z
  .string({ error: 'reason must be a string' })
  .max(128, { error: 'reason must be at most 128 characters' });

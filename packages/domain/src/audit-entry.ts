import { z } from 'zod';
import { auditEntryIdSchema, resellerIdSchema, tenantIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/**
 * Who changed what. Written once, never updated, so it carries no `version`.
 * Secrets never reach `before`/`after`: callers pass output schemas' data.
 */
export const AUDIT_ACTOR_KINDS = ['user', 'api-key', 'operator', 'system'] as const;

export const auditActorSchema = z.object({
  kind: z.enum(AUDIT_ACTOR_KINDS, { error: `actor kind must be one of ${AUDIT_ACTOR_KINDS.join(', ')}` }),
  /** User id, API key id, operator identity; `system` for platform jobs. */
  id: z
    .string({ error: 'actor id must be a string' })
    .min(1, { error: 'actor id must not be empty' })
    .max(200),
  /** Display form at the time (e-mail, key name), kept because the actor may be deleted later. */
  label: z.string().max(200).default(''),
});

const jsonObject = z.record(z.string(), z.unknown());

export const auditEntrySchema = z.object({
  id: auditEntryIdSchema,
  /** Null for platform-level changes (resellers, operators). */
  tenantId: tenantIdSchema.nullable(),
  resellerId: resellerIdSchema.nullable(),
  actor: auditActorSchema,
  /** `<target>.<verb>`, e.g. `user.create`, `device.credentials-rotate`. */
  action: z
    .string({ error: 'action must be a string' })
    .regex(/^[a-z][a-z-]*\.[a-z][a-z-]*$/, { error: 'action must look like "user.create"' }),
  targetType: z
    .string()
    .regex(/^[a-z][a-z-]*$/, { error: 'target type must be lower-case words joined by "-"' }),
  targetId: z.string().min(1, { error: 'target id must not be empty' }),
  before: jsonObject.nullable(),
  after: jsonObject.nullable(),
  /** Request id from the API, to join with logs. */
  requestId: z.string().max(200).nullable(),
  at: isoDateTimeSchema,
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditActor = z.infer<typeof auditActorSchema>;
/** An audit entry as the caller hands it to the store; id and time are set there. */
export type NewAuditEntry = Omit<z.input<typeof auditEntrySchema>, 'id' | 'at'>;

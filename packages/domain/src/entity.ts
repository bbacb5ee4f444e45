import { z } from 'zod';
import { tenantIdSchema } from './values/id';
import { isoDateTimeSchema } from './values/time';

/** Fields every stored entity carries. `version` starts at 1 and grows by one per write (optimistic concurrency). */
export const storedFields = {
  version: z
    .number({ error: 'version must be a number' })
    .int({ error: 'version must be a whole number' })
    .min(1, { error: 'version must be at least 1' }),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
};

/** Stored fields plus the owning tenant: every read is scoped by it. */
export const tenantOwnedFields = {
  tenantId: tenantIdSchema,
  ...storedFields,
};

/** Names of the fields the store sets; never part of a create or update input. */
export const STORED_FIELD_NAMES = ['id', 'tenantId', 'version', 'createdAt', 'updatedAt'] as const;

/** A display name: trimmed, 1–`max` characters. */
export function nameSchema(label: string, max = 100) {
  return z
    .string({ error: `${label} must be a string` })
    .trim()
    .min(1, { error: `${label} must not be empty` })
    .max(max, { error: `${label} must be at most ${max} characters` });
}

/** Optional free text, empty string kept as absent. */
export function optionalTextSchema(label: string, max = 500) {
  return z
    .string({ error: `${label} must be a string` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` })
    .optional();
}

/**
 * The PATCH form of a create-input shape: every field optional and no defaults,
 * because zod applies a default to a missing field even inside `.partial()`,
 * which would silently reset stored values on a partial update.
 */
export function patchShape<T extends z.ZodRawShape>(
  shape: T,
): { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>, z.input<T[K]>>> } {
  const result: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const field = schema as z.ZodType;
    const inner = field instanceof z.ZodDefault ? (field.removeDefault() as z.ZodType) : field;
    result[key] = inner.optional();
  }
  return result as { [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>, z.input<T[K]>>> };
}

/** Messages for the object itself: unknown fields are named, so a typo in a field name is obvious. */
const inputObjectError = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  }
  if (issue.code === 'invalid_type') return 'input must be a JSON object';
  return undefined;
};

/** A create input: the given fields only, unknown fields rejected by name. */
export function inputObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, { error: inputObjectError });
}

/** A PATCH schema: all fields optional, no defaults, unknown keys rejected, at least one field. */
export function updateSchema<T extends z.ZodRawShape>(shape: T) {
  return inputObject(patchShape(shape)).refine(
    (patch) => Object.values(patch).some((value) => value !== undefined),
    { error: 'update must change at least one field', when: (payload) => payload.issues.length === 0 },
  );
}

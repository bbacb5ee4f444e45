import { z } from 'zod';
import { inputObject, nameSchema, storedFields, updateSchema } from './entity';
import { emailSchema } from './values/email';
import { resellerIdSchema } from './values/id';
import { limitSchema } from './values/money';

export const RESELLER_STATUSES = ['active', 'suspended'] as const;

export const resellerLimitsSchema = z.object({
  /** Tenants this reseller (and its sub-resellers) may create; null = unlimited. */
  maxTenants: limitSchema('max tenants').default(null),
  /** Users across all its tenants; null = unlimited. */
  maxUsers: limitSchema('max users').default(null),
  /** Sub-reseller levels below this one; 0 = may not create sub-resellers. */
  maxSubResellerDepth: z
    .number({ error: 'max sub-reseller depth must be a number' })
    .int({ error: 'max sub-reseller depth must be a whole number' })
    .min(0, { error: 'max sub-reseller depth must not be negative' })
    .max(5, { error: 'max sub-reseller depth must be at most 5' })
    .default(1),
});

const resellerInputShape = {
  name: nameSchema('reseller name'),
  /** Parent for a sub-reseller; null for a reseller directly under the platform. */
  parentResellerId: resellerIdSchema.nullable().default(null),
  contactEmail: emailSchema,
  status: z.enum(RESELLER_STATUSES, { error: 'status must be active or suspended' }).default('active'),
  limits: resellerLimitsSchema.default({ maxTenants: null, maxUsers: null, maxSubResellerDepth: 1 }),
};

export const createResellerInputSchema = inputObject(resellerInputShape);
export const updateResellerInputSchema = updateSchema({
  name: resellerInputShape.name,
  contactEmail: resellerInputShape.contactEmail,
  status: resellerInputShape.status,
  limits: resellerInputShape.limits,
});

export const resellerSchema = z.object({
  id: resellerIdSchema,
  ...resellerInputShape,
  ...storedFields,
});

export type Reseller = z.infer<typeof resellerSchema>;
export type ResellerLimits = z.infer<typeof resellerLimitsSchema>;
export type CreateResellerInput = z.input<typeof createResellerInputSchema>;
export type UpdateResellerInput = z.input<typeof updateResellerInputSchema>;

import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { authorisationGroupIdSchema, userIdSchema } from './values/id';

/**
 * Authorisation ("permission") groups of type User, T640 manual L1142-1250. In
 * Carillon they only scope outbound routes ("You only create the
 * group itself and assign the required members. This group is then assigned to
 * a routing rule", L1307-1310); per-user rights live on the user (`rights.ts`).
 */
const authorisationGroupInputShape = {
  name: nameSchema('authorisation group name', 60),
  memberUserIds: z
    .array(userIdSchema)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'a member must not be listed twice' })
    .default([]),
};

export const createAuthorisationGroupInputSchema = inputObject(authorisationGroupInputShape);
export const updateAuthorisationGroupInputSchema = updateSchema(authorisationGroupInputShape);
export const authorisationGroupSchema = z.object({
  id: authorisationGroupIdSchema,
  ...authorisationGroupInputShape,
  ...tenantOwnedFields,
});

export type AuthorisationGroup = z.infer<typeof authorisationGroupSchema>;
export type CreateAuthorisationGroupInput = z.input<typeof createAuthorisationGroupInputSchema>;
export type UpdateAuthorisationGroupInput = z.input<typeof updateAuthorisationGroupInputSchema>;

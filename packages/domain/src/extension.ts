import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { extensionNumberSchema } from './values/extension-number';
import {
  extensionIdSchema,
  groupIdSchema,
  ivrIdSchema,
  queueIdSchema,
  userIdSchema,
  voicemailBoxIdSchema,
} from './values/id';

/**
 * What an extension reaches. The T640 manual gives extensions to users
 * (L826-830), hunt groups (L1056), queues (L1631) and IVRs (L1776); a voicemail
 * box has its own extension too (L843-846).
 */
export const EXTENSION_OWNER_KINDS = ['user', 'group', 'queue', 'ivr', 'voicemail-box'] as const;
export type ExtensionOwnerKind = (typeof EXTENSION_OWNER_KINDS)[number];

/** Owner reference `{ kind, id }`; the id must have the prefix of its kind. */
export const extensionOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('user'), id: userIdSchema }),
    z.object({ kind: z.literal('group'), id: groupIdSchema }),
    z.object({ kind: z.literal('queue'), id: queueIdSchema }),
    z.object({ kind: z.literal('ivr'), id: ivrIdSchema }),
    z.object({ kind: z.literal('voicemail-box'), id: voicemailBoxIdSchema }),
  ],
  { error: `owner kind must be one of ${EXTENSION_OWNER_KINDS.join(', ')}` },
);

export type ExtensionOwner = z.infer<typeof extensionOwnerSchema>;

/**
 * An entry of the tenant's internal numbering plan: number → owner. The store
 * keeps it unique per tenant (the T640 manual L829-830: "The value must therefore
 * be unique") and writes it in the same transaction as the owner's
 * `extensionNumber`. Tenant rules (outside-line prefix, range, emergency numbers)
 * are checked with `extensionNumberProblems` against the tenant.
 */
const extensionInputShape = {
  number: extensionNumberSchema,
  owner: extensionOwnerSchema,
  displayName: nameSchema('display name', 60),
};

export const createExtensionInputSchema = inputObject(extensionInputShape);
export const updateExtensionInputSchema = updateSchema(extensionInputShape);

export const extensionSchema = z.object({
  id: extensionIdSchema,
  ...extensionInputShape,
  ...tenantOwnedFields,
});

export type Extension = z.infer<typeof extensionSchema>;
export type CreateExtensionInput = z.input<typeof createExtensionInputSchema>;
export type UpdateExtensionInput = z.input<typeof updateExtensionInputSchema>;

import { z } from 'zod';
import { inputObject, nameSchema, tenantOwnedFields, updateSchema } from './entity';
import { extensionNumberSchema } from './values/extension-number';
import { groupIdSchema, userIdSchema } from './values/id';

/**
 * Groups of the T640 manual (L999-1140):
 *  - `parallel` / `linear`: hunt groups with the manual's "Call scheme" (L1064-1074);
 *  - `pickup`: call pickup groups (L999-1030), with no number of their own.
 */
export const GROUP_KINDS = ['parallel', 'linear', 'pickup'] as const;
export const groupKindSchema = z.enum(GROUP_KINDS, {
  error: 'group kind must be parallel, linear or pickup',
});
export type GroupKind = z.infer<typeof groupKindSchema>;

/** T640 manual L1131-1132: "Timeout … for call sequence linear … (default = 5 seconds)". */
export const HUNT_MEMBER_TIMEOUT_DEFAULT = 5;
export const HUNT_MEMBER_TIMEOUT_MAX = 300;

export const groupMemberSchema = z.object({
  userId: userIdSchema,
  /** Seconds before a linear hunt moves on to the next member (T640 manual L1131-1132). */
  timeoutSeconds: z
    .number({ error: 'member timeout must be a number' })
    .int({ error: 'member timeout must be a whole number of seconds' })
    .min(1, { error: `member timeout must be 1–${HUNT_MEMBER_TIMEOUT_MAX} seconds` })
    .max(HUNT_MEMBER_TIMEOUT_MAX, { error: `member timeout must be 1–${HUNT_MEMBER_TIMEOUT_MAX} seconds` })
    .default(HUNT_MEMBER_TIMEOUT_DEFAULT),
  /** Logged on to the group (T300 manual L1003-1006, "Logged On"); logged-off members are skipped. */
  loggedOn: z.boolean({ error: 'logged on must be true or false' }).default(true),
});

const groupInputShape = {
  kind: groupKindSchema,
  /** "Title" (T640 manual L1059). */
  name: nameSchema('group name', 60),
  /** Hunt group "Extension" (T640 manual L1056); null for pickup groups. */
  extensionNumber: extensionNumberSchema.nullable().default(null),
  /** Shown on the phone for calls arriving over the group (T640 manual L1061-1062). */
  displayPrefix: z
    .string({ error: 'display prefix must be a string' })
    .max(20, { error: 'display prefix must be at most 20 characters' })
    .default(''),
  /** "Group busy" (T640 manual L1076-1082): one busy member makes the whole group busy. */
  groupBusy: z.boolean({ error: 'group busy must be true or false' }).default(false),
  /** "Door Station" ringtone (T640 manual L1084-1086). */
  doorStation: z.boolean({ error: 'door station must be true or false' }).default(false),
  /** In ring order for `linear` (T640 manual L1136-1139). */
  members: z.array(groupMemberSchema).max(100, { error: 'a group can have at most 100 members' }).default([]),
};

function checkGroup(
  group: { kind?: GroupKind; extensionNumber?: string | null; members?: readonly { userId: string }[] },
  context: z.RefinementCtx,
): void {
  if ((group.kind === 'parallel' || group.kind === 'linear') && !group.extensionNumber) {
    context.addIssue({
      code: 'custom',
      path: ['extensionNumber'],
      message: 'extension number is required for a hunt group',
    });
  }
  if (group.kind === 'pickup' && group.extensionNumber) {
    context.addIssue({
      code: 'custom',
      path: ['extensionNumber'],
      message: 'a pickup group has no extension number',
    });
  }
  const seen = new Set<string>();
  group.members?.forEach((member, index) => {
    if (seen.has(member.userId)) {
      context.addIssue({
        code: 'custom',
        path: ['members', index, 'userId'],
        message: 'member is listed twice',
      });
    }
    seen.add(member.userId);
  });
}

export const createGroupInputSchema = inputObject(groupInputShape).superRefine(checkGroup);
export const updateGroupInputSchema = updateSchema(groupInputShape);

export const groupSchema = z
  .object({ id: groupIdSchema, ...groupInputShape, ...tenantOwnedFields })
  .superRefine(checkGroup);

export type Group = z.infer<typeof groupSchema>;
export type GroupMember = z.infer<typeof groupMemberSchema>;
export type CreateGroupInput = z.input<typeof createGroupInputSchema>;
export type UpdateGroupInput = z.input<typeof updateGroupInputSchema>;

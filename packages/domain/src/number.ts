import { z } from 'zod';
import { inputObject, tenantOwnedFields, updateSchema } from './entity';
import { e164Schema } from './values/e164';
import {
  groupIdSchema,
  ID_PREFIXES,
  idSchema,
  ivrIdSchema,
  numberIdSchema,
  queueIdSchema,
  trunkIdSchema,
  userIdSchema,
  voicemailBoxIdSchema,
} from './values/id';

/**
 * A DID: a public number in E.164 that the tenant's reseller allocated to it,
 * and where calls to it go. The T300 manual's "Phone numbers overview" maps
 * numbers to users, groups and modules (L1602-1608); the T640 routes them with
 * inbound routes (L2996-3170).
 */
export const NUMBER_STATUSES = ['unassigned', 'assigned', 'porting-in', 'suspended'] as const;

export const numberTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('user'), id: userIdSchema }),
    z.object({ kind: z.literal('group'), id: groupIdSchema }),
    z.object({ kind: z.literal('queue'), id: queueIdSchema }),
    z.object({ kind: z.literal('ivr'), id: ivrIdSchema }),
    z.object({ kind: z.literal('voicemail-box'), id: voicemailBoxIdSchema }),
    z.object({ kind: z.literal('extension'), id: idSchema(ID_PREFIXES.extension, 'extension id') }),
  ],
  { error: 'target kind must be user, group, queue, ivr, voicemail-box or extension' },
);
export type NumberTarget = z.infer<typeof numberTargetSchema>;

const numberInputShape = {
  e164: e164Schema,
  /** Trunk that delivers the number; null = any of the tenant's trunks. */
  trunkId: trunkIdSchema.nullable().default(null),
  target: numberTargetSchema.nullable().default(null),
  status: z
    .enum(NUMBER_STATUSES, { error: `status must be one of ${NUMBER_STATUSES.join(', ')}` })
    .default('unassigned'),
  /** Free label for billing and the portal ("Main line", "Fax"). */
  label: z.string().trim().max(60, { error: 'label must be at most 60 characters' }).default(''),
};

function checkNumber(number: { status?: string; target?: unknown }, context: z.RefinementCtx): void {
  if (number.status === 'assigned' && !number.target) {
    context.addIssue({ code: 'custom', path: ['target'], message: 'an assigned number needs a target' });
  }
  if (number.status !== undefined && number.status !== 'assigned' && number.target) {
    context.addIssue({
      code: 'custom',
      path: ['status'],
      message: 'a number with a target must have status assigned',
    });
  }
}

export const createNumberInputSchema = inputObject(numberInputShape).superRefine(checkNumber);
/** The E.164 number itself never changes; release it and create a new one instead. */
export const updateNumberInputSchema = updateSchema({
  trunkId: numberInputShape.trunkId,
  target: numberInputShape.target,
  status: numberInputShape.status,
  label: numberInputShape.label,
});
export const numberSchema = z
  .object({ id: numberIdSchema, ...numberInputShape, ...tenantOwnedFields })
  .superRefine(checkNumber);

export type PhoneNumber = z.infer<typeof numberSchema>;
export type CreateNumberInput = z.input<typeof createNumberInputSchema>;
export type UpdateNumberInput = z.input<typeof updateNumberInputSchema>;

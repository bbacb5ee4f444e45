import { z } from 'zod';
import { inputObject, optionalTextSchema, tenantOwnedFields, updateSchema } from './entity';
import { emailSchema } from './values/email';
import { contactIdSchema, userIdSchema } from './values/id';

/**
 * Directory contacts. The T640 gives users three directories: Internal (the
 * users), Global and Private (T640 manual L1458-1460); Carillon stores Global
 * (`scope: global`) and Private (`scope: personal`) contacts here. Fields follow
 * the manual's contact form and CSV format (L1483-1495, L1563-1592).
 */
export const CONTACT_SCOPES = ['global', 'personal'] as const;
/** "Office", "Mobile", "Home" (T640 manual L1491-1495), plus fax and other. */
export const CONTACT_NUMBER_TYPES = ['office', 'mobile', 'home', 'fax', 'other'] as const;

export const contactNumberSchema = z.object({
  type: z.enum(CONTACT_NUMBER_TYPES, {
    error: `number type must be one of ${CONTACT_NUMBER_TYPES.join(', ')}`,
  }),
  /** As dialled or in E.164; digits, +, and the usual separators. */
  number: z
    .string({ error: 'number must be a string' })
    .trim()
    .regex(/^\+?[0-9*#][0-9*# ()./-]{0,30}$/, {
      error: 'number may contain only digits, +, *, # and separators',
    }),
  /** "Quickdial" (T640 manual L1538-1540): dialled as a short code on the phone. */
  quickDial: z
    .string({ error: 'quick dial must be a string' })
    .regex(/^\d{1,3}$/, { error: 'quick dial must be 1–3 digits' })
    .nullable()
    .default(null),
});

const contactInputShape = {
  scope: z.enum(CONTACT_SCOPES, { error: 'scope must be global or personal' }),
  /** The owner of a personal contact; null for global contacts. */
  ownerUserId: userIdSchema.nullable().default(null),
  firstName: optionalTextSchema('first name', 60),
  lastName: optionalTextSchema('last name', 60),
  company: optionalTextSchema('company', 100),
  numbers: z
    .array(contactNumberSchema)
    .max(10, { error: 'a contact can have at most 10 numbers' })
    .default([]),
  emails: z.array(emailSchema).max(5, { error: 'a contact can have at most 5 e-mail addresses' }).default([]),
};

function checkContact(
  contact: {
    scope?: string;
    ownerUserId?: string | null;
    firstName?: string;
    lastName?: string;
    company?: string;
  },
  context: z.RefinementCtx,
): void {
  if (contact.scope === 'personal' && !contact.ownerUserId) {
    context.addIssue({ code: 'custom', path: ['ownerUserId'], message: 'a personal contact needs an owner' });
  }
  if (contact.scope === 'global' && contact.ownerUserId) {
    context.addIssue({ code: 'custom', path: ['ownerUserId'], message: 'a global contact has no owner' });
  }
  if (contact.scope !== undefined && !contact.firstName && !contact.lastName && !contact.company) {
    context.addIssue({
      code: 'custom',
      path: ['lastName'],
      message: 'a contact needs a first name, last name or company',
    });
  }
}

export const createContactInputSchema = inputObject(contactInputShape).superRefine(checkContact);
export const updateContactInputSchema = updateSchema({
  firstName: contactInputShape.firstName,
  lastName: contactInputShape.lastName,
  company: contactInputShape.company,
  numbers: contactInputShape.numbers,
  emails: contactInputShape.emails,
});
export const contactSchema = z
  .object({ id: contactIdSchema, ...contactInputShape, ...tenantOwnedFields })
  .superRefine(checkContact);

export type Contact = z.infer<typeof contactSchema>;
export type ContactNumber = z.infer<typeof contactNumberSchema>;
export type CreateContactInput = z.input<typeof createContactInputSchema>;
export type UpdateContactInput = z.input<typeof updateContactInputSchema>;

/**
 * Column names of the T640 contact CSV (T640 manual L1591-1592): "First
 * name,Last name,Company,Office,Office-Quickdial,Mobile,Mobile-Quickdial,Home,
 * Home-Quickdial,E-mail". The example header (L1571-1572) writes "Office quick
 * dial" and "Personal" for Home, and the export header (L1531) "Work", so all are accepted.
 */
const CSV_COLUMNS: Record<string, string> = {
  'first name': 'firstName',
  'last name': 'lastName',
  company: 'company',
  office: 'office',
  work: 'office',
  'office-quickdial': 'officeQuickDial',
  'office quick dial': 'officeQuickDial',
  mobile: 'mobile',
  'mobile-quickdial': 'mobileQuickDial',
  'mobile quick dial': 'mobileQuickDial',
  home: 'home',
  personal: 'home',
  'home-quickdial': 'homeQuickDial',
  'personal quick dial': 'homeQuickDial',
  'e-mail': 'email',
  email: 'email',
};

/**
 * One CSV record (header → cell) as a create input for a contact of `scope`.
 * Unknown columns are ignored; the result still needs `createContactInputSchema`.
 */
export function contactInputFromCsvRecord(
  record: Readonly<Record<string, string>>,
  scope: 'global' | 'personal',
  ownerUserId: string | null = null,
): CreateContactInput {
  const fields: Record<string, string> = {};
  for (const [header, value] of Object.entries(record)) {
    const key = CSV_COLUMNS[header.trim().toLowerCase()];
    if (key !== undefined && value.trim() !== '') fields[key] = value.trim();
  }
  const numbers: CreateContactInput['numbers'] = [];
  for (const type of ['office', 'mobile', 'home'] as const) {
    const number = fields[type];
    if (number !== undefined) numbers.push({ type, number, quickDial: fields[`${type}QuickDial`] ?? null });
  }
  return {
    scope,
    ownerUserId,
    firstName: fields.firstName,
    lastName: fields.lastName,
    company: fields.company,
    numbers,
    emails: fields.email === undefined ? [] : [fields.email],
  };
}

import { z } from 'zod';
import { inputObject, nameSchema, optionalTextSchema, tenantOwnedFields, updateSchema } from './entity';
import { tenantUserRoleSchema, userRightsSchema } from './rights';
import { emailSchema } from './values/email';
import { extensionNumberSchema } from './values/extension-number';
import { siteIdSchema, userIdSchema } from './values/id';
import { languageSchema } from './values/language';
import { passwordMentionsIdentity, pinProblems, portalPasswordProblems } from './values/password-policy';

/** T640 manual L824: user name 2–50 characters, lower-case letters and digits. */
export const userLoginSchema = z
  .string({ error: 'login must be a string' })
  .regex(/^[a-z0-9]{2,50}$/, { error: 'login must be 2–50 lower-case letters or digits' });

/** T640 manual L836: PIN for logging in (on the phone and in the UI) 3–10 digits. */
export const PHONE_PIN_MIN = 3;
export const PHONE_PIN_MAX = 10;

export const phonePinSchema = z.string({ error: 'PIN must be a string' }).superRefine((pin, context) => {
  for (const message of pinProblems(pin, 'PIN', PHONE_PIN_MIN, PHONE_PIN_MAX)) {
    context.addIssue({ code: 'custom', message });
  }
});

/** Portal password in an input; checked against the portal policy. Never stored: argon2 hashing happens elsewhere. */
export const portalPasswordSchema = z
  .string({ error: 'password must be a string' })
  .superRefine((password, context) => {
    for (const message of portalPasswordProblems(password)) context.addIssue({ code: 'custom', message });
  });

const userInputShape = {
  login: userLoginSchema,
  email: emailSchema,
  firstName: nameSchema('first name', 60),
  lastName: nameSchema('last name', 60),
  language: languageSchema.default('en'),
  role: tenantUserRoleSchema.default('user'),
  rights: userRightsSchema.default(userRightsSchema.parse({})),
  /** Extension of the user (T640 manual L826-830: fixed assignment, unique). */
  extensionNumber: extensionNumberSchema,
  siteId: siteIdSchema.nullable().default(null),
  /** T640 manual L882: not listed in the internal directory. */
  hideFromDirectory: z.boolean({ error: 'hide from directory must be true or false' }).default(false),
  /** T640 manual L897-899 "Drop to operator": unanswered calls go to this number. */
  operatorExtension: extensionNumberSchema.nullable().default(null),
  /** External number presented on outgoing calls (T300 manual L595-600: default withheld = null). */
  outboundCallerId: z
    .string({ error: 'outbound caller ID must be a string' })
    .regex(/^\+[1-9]\d{1,14}$/, { error: 'outbound caller ID must be an E.164 number of the tenant' })
    .nullable()
    .default(null),
  note: optionalTextSchema('note'),
};

export const createUserInputSchema = inputObject({
  ...userInputShape,
  /** Initial portal password; absent = the user sets one through an invitation link. */
  password: portalPasswordSchema.optional(),
  pin: phonePinSchema.optional(),
}).superRefine((input, context) => {
  if (input.password === undefined) return;
  if (passwordMentionsIdentity(input.password, { login: input.login, email: input.email })) {
    context.addIssue({
      code: 'custom',
      path: ['password'],
      message: 'password must not contain the login name or e-mail address',
    });
  }
});

export const updateUserInputSchema = updateSchema({
  ...userInputShape,
  pin: phonePinSchema,
});

export const userSchema = z.object({
  id: userIdSchema,
  ...userInputShape,
  /** argon2id hash of the portal password; never in an output schema. */
  passwordHash: z.string().nullable(),
  /** Hash of the phone PIN; never in an output schema. */
  pinHash: z.string().nullable(),
  lastLoginAt: z.iso.datetime().nullable().default(null),
  ...tenantOwnedFields,
});

/** What the API returns: the stored user without secrets. */
export const userOutputSchema = userSchema.omit({ passwordHash: true, pinHash: true });

export type User = z.infer<typeof userSchema>;
export type UserOutput = z.infer<typeof userOutputSchema>;
export type CreateUserInput = z.input<typeof createUserInputSchema>;
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;

export function toUserOutput(user: User): UserOutput {
  const { passwordHash: _passwordHash, pinHash: _pinHash, ...output } = user;
  return output;
}

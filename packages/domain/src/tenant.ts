import { z } from 'zod';
import { inputObject, nameSchema, storedFields, updateSchema } from './entity';
import { countryCodeSchema } from './values/country';
import { emailSchema } from './values/email';
import { EXTENSION_MAX_DIGITS, EXTENSION_MIN_DIGITS, type NumberingPlan } from './values/extension-number';
import { resellerIdSchema, tenantIdSchema } from './values/id';
import { languageSchema } from './values/language';
import { limitSchema, moneySchema } from './values/money';
import { isoDateTimeSchema } from './values/time';
import { timeZoneSchema } from './values/time-zone';

export const TENANT_STATUSES = ['active', 'suspended', 'deleted-pending'] as const;

/** Days between a delete request and the purge; the tenant can be restored until then. */
export const TENANT_DELETION_GRACE_DAYS = 30;

/**
 * Slugs become the first label of the tenant's SIP domain (`<slug>.<platform domain>`),
 * so they follow DNS label rules (RFC 1035 §2.3.1: letters, digits, hyphens, no
 * leading or trailing hyphen), stay short, and avoid names the platform uses.
 */
export const RESERVED_SLUGS = new Set([
  'admin',
  'api',
  'app',
  'auth',
  'cdn',
  'edge',
  'mail',
  'media',
  'portal',
  'provisioning',
  'sbc',
  'sip',
  'smtp',
  'static',
  'stun',
  'support',
  'turn',
  'webrtc',
  'ws',
  'wss',
  'www',
]);

export const tenantSlugSchema = z
  .string({ error: 'slug must be a string' })
  .min(3, { error: 'slug must be 3–32 characters' })
  .max(32, { error: 'slug must be 3–32 characters' })
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, {
    error: 'slug must start with a letter, end with a letter or digit, and contain only a-z, 0-9 and "-"',
  })
  .refine((slug) => !slug.includes('--'), { error: 'slug must not contain "--"' })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { error: 'slug is reserved by the platform' });

export function tenantSipDomain(slug: string, platformDomain: string): string {
  return `${slug}.${platformDomain.toLowerCase()}`;
}

/**
 * "Internal Numbers" (T300 manual L294-298): the range extensions are taken
 * from. Bounds are digit strings so that "100"–"899" also fixes the length.
 */
export const internalNumberRangeSchema = z
  .object({
    from: z.string().regex(new RegExp(`^\\d{${EXTENSION_MIN_DIGITS},${EXTENSION_MAX_DIGITS}}$`), {
      error: `range start must be ${EXTENSION_MIN_DIGITS}–${EXTENSION_MAX_DIGITS} digits`,
    }),
    to: z.string().regex(new RegExp(`^\\d{${EXTENSION_MIN_DIGITS},${EXTENSION_MAX_DIGITS}}$`), {
      error: `range end must be ${EXTENSION_MIN_DIGITS}–${EXTENSION_MAX_DIGITS} digits`,
    }),
  })
  .refine((range) => range.from.length <= range.to.length && Number(range.from) <= Number(range.to), {
    error: 'range end must not be below range start',
    path: ['to'],
  });

export const tenantLimitsSchema = z.object({
  /** Licensed users (T300 manual L2419-2427: licences count users, not phones or numbers). */
  maxUsers: limitSchema('max users').default(25),
  /** Simultaneous calls over all trunks (T300 manual L1884-1886 "Max Connection"; null = unlimited). */
  maxConcurrentCalls: limitSchema('max concurrent calls', 10_000).default(10),
  /** Toll-fraud guard: outbound external call attempts per minute. */
  maxOutboundCallsPerMinute: limitSchema('max outbound calls per minute', 10_000).default(20),
  /** Toll-fraud guard: international calls allowed at all. */
  allowInternational: z.boolean({ error: 'allow international must be true or false' }).default(false),
  /** Toll-fraud guard: spend after which outbound external calls are blocked for the day. */
  dailySpendLimit: moneySchema.nullable().default(null),
});

export const tenantStatusSchema = z.enum(TENANT_STATUSES, {
  error: 'status must be active, suspended or deleted-pending',
});

const tenantInputShape = {
  name: nameSchema('tenant name'),
  slug: tenantSlugSchema,
  country: countryCodeSchema,
  /** Area code without national prefix, e.g. "89" for Munich; empty where none is used. */
  areaCode: z
    .string({ error: 'area code must be a string' })
    .regex(/^\d{0,6}$/, { error: 'area code must be up to 6 digits, without the national prefix' })
    .default(''),
  /**
   * Outside-line "Prefix" (T300 manual L282-288): dialled before external numbers
   * so that 110 internal and 0110 external differ. Empty = no prefix.
   */
  outsideLinePrefix: z
    .string({ error: 'outside-line prefix must be a string' })
    .regex(/^\d?$/, { error: 'outside-line prefix must be a single digit or empty' })
    .default('0'),
  internalNumberRange: internalNumberRangeSchema.default({ from: '100', to: '899' }),
  /** Emergency numbers reserved from the internal plan (T300 manual L1902-1924: 110 and 112 preset). */
  emergencyNumbers: z
    .array(z.string().regex(/^\d{2,6}$/, { error: 'emergency number must be 2–6 digits' }))
    .default(['112']),
  timeZone: timeZoneSchema,
  language: languageSchema.default('en'),
  /**
   * The company's PBX e-mail address (T300 manual "E-mail" settings): where system notices go
   * (trunk down, licence limits) and the sender shown on voicemail and fax mail. Null: none yet.
   */
  email: emailSchema.nullable().default(null),
  limits: tenantLimitsSchema.default({
    maxUsers: 25,
    maxConcurrentCalls: 10,
    maxOutboundCallsPerMinute: 20,
    allowInternational: false,
    dailySpendLimit: null,
  }),
};

export const createTenantInputSchema = inputObject(tenantInputShape);
/** Slug (and with it the SIP domain) cannot change: every device is provisioned with it. */
export const updateTenantInputSchema = updateSchema({
  name: tenantInputShape.name,
  country: tenantInputShape.country,
  areaCode: tenantInputShape.areaCode,
  outsideLinePrefix: tenantInputShape.outsideLinePrefix,
  internalNumberRange: tenantInputShape.internalNumberRange,
  emergencyNumbers: tenantInputShape.emergencyNumbers,
  timeZone: tenantInputShape.timeZone,
  language: tenantInputShape.language,
  email: tenantInputShape.email,
  limits: tenantInputShape.limits,
});

export const tenantSchema = z
  .object({
    id: tenantIdSchema,
    resellerId: resellerIdSchema,
    ...tenantInputShape,
    sipDomain: z
      .string({ error: 'SIP domain must be a string' })
      .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, { error: 'SIP domain must be a lower-case DNS name' }),
    status: tenantStatusSchema,
    /** When a deleted-pending tenant is purged; set only in that status. */
    deletionScheduledAt: isoDateTimeSchema.nullable(),
    ...storedFields,
  })
  .superRefine((tenant, context) => {
    if (tenant.status === 'deleted-pending' && tenant.deletionScheduledAt === null) {
      context.addIssue({
        code: 'custom',
        path: ['deletionScheduledAt'],
        message: 'deletion date is required when the tenant is deleted-pending',
      });
    }
    if (tenant.status !== 'deleted-pending' && tenant.deletionScheduledAt !== null) {
      context.addIssue({
        code: 'custom',
        path: ['deletionScheduledAt'],
        message: 'deletion date is allowed only when the tenant is deleted-pending',
      });
    }
    if (!tenant.sipDomain.startsWith(`${tenant.slug}.`)) {
      context.addIssue({
        code: 'custom',
        path: ['sipDomain'],
        message: 'SIP domain must start with the tenant slug',
      });
    }
    if (
      tenant.outsideLinePrefix !== '' &&
      tenant.internalNumberRange.from.startsWith(tenant.outsideLinePrefix)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['internalNumberRange', 'from'],
        message: 'internal numbers must not start with the outside-line prefix',
      });
    }
  });

export type Tenant = z.infer<typeof tenantSchema>;
export type TenantStatus = z.infer<typeof tenantStatusSchema>;
export type TenantLimits = z.infer<typeof tenantLimitsSchema>;
export type InternalNumberRange = z.infer<typeof internalNumberRangeSchema>;
export type CreateTenantInput = z.input<typeof createTenantInputSchema>;
export type UpdateTenantInput = z.input<typeof updateTenantInputSchema>;

/** Status change to deleted-pending with the purge date `graceDays` after `now`. */
export function scheduleTenantDeletion(now: Date, graceDays = TENANT_DELETION_GRACE_DAYS) {
  return {
    status: 'deleted-pending' as const,
    deletionScheduledAt: new Date(now.getTime() + graceDays * 86_400_000).toISOString(),
  };
}

/** The tenant's rules for extension numbers, for `extensionNumberProblems`. */
export function tenantNumberingPlan(
  tenant: Pick<Tenant, 'outsideLinePrefix' | 'internalNumberRange' | 'emergencyNumbers'>,
): NumberingPlan {
  return {
    outsideLinePrefix: tenant.outsideLinePrefix,
    internalNumberRange: tenant.internalNumberRange,
    emergencyNumbers: tenant.emergencyNumbers,
  };
}

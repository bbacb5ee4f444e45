import { z } from 'zod';
import { inputObject, nameSchema, optionalTextSchema, tenantOwnedFields, updateSchema } from './entity';
import { countryCodeSchema } from './values/country';
import { e164Schema } from './values/e164';
import { siteIdSchema } from './values/id';
import { timeZoneSchema } from './values/time-zone';

export const postalAddressSchema = z.object({
  street: nameSchema('street', 200),
  postalCode: z
    .string({ error: 'postal code must be a string' })
    .trim()
    .regex(/^[A-Za-z0-9 -]{2,10}$/, { error: 'postal code must be 2–10 letters, digits, spaces or "-"' }),
  city: nameSchema('city'),
  region: optionalTextSchema('region', 100),
  country: countryCodeSchema,
});

const siteInputShape = {
  name: nameSchema('site name'),
  address: postalAddressSchema,
  /** Falls back to the tenant's time zone when absent. */
  timeZone: timeZoneSchema.optional(),
  /**
   * Number presented on emergency calls from this site so that the emergency
   * service can call back and locate it; a DID of the tenant.
   */
  emergencyCallbackNumber: e164Schema.nullable().default(null),
  /** Extra location detail passed to the emergency service (floor, building). */
  emergencyLocationNote: optionalTextSchema('emergency location note', 200),
};

export const createSiteInputSchema = inputObject(siteInputShape);
export const updateSiteInputSchema = updateSchema(siteInputShape);

export const siteSchema = z.object({
  id: siteIdSchema,
  ...siteInputShape,
  ...tenantOwnedFields,
});

export type Site = z.infer<typeof siteSchema>;
export type PostalAddress = z.infer<typeof postalAddressSchema>;
export type CreateSiteInput = z.input<typeof createSiteInputSchema>;
export type UpdateSiteInput = z.input<typeof updateSiteInputSchema>;

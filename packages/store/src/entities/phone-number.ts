import { normaliseE164, numberSchema, type PhoneNumber } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A public number (DID) of the tenant. */
export const numberEntity = defineTenantEntity<PhoneNumber>('number', numberSchema, {
  unique: [
    // A DID routes to exactly one tenant: inbound calls find the tenant from it.
    {
      field: 'e164',
      constraint: 'did',
      scope: 'platform',
      value: (number) => number.e164,
      normalise: (raw) => normaliseE164(raw),
    },
  ],
});

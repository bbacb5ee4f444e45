import { type Contact, contactSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A directory contact. */
export const contactEntity = defineTenantEntity<Contact>('contact', contactSchema, {
  // Personal contacts belong to a user; global ones to nobody.
  owner: (contact) => contact.ownerUserId,
});

import { type AuthorisationGroup, authorisationGroupSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** An authorisation group (what may be dialled). */
export const authorisationGroupEntity = defineTenantEntity<AuthorisationGroup>(
  'authorisationGroup',
  authorisationGroupSchema,
);

import { type Ivr, ivrSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** An auto attendant. */
export const ivrEntity = defineTenantEntity<Ivr>('ivr', ivrSchema, {
  unique: [extensionNumberConstraint<Ivr>('extensionNumber', (ivr) => ivr.extensionNumber)],
});

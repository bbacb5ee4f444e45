import { type Extension, extensionSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** An entry of the internal numbering plan (number → owner). */
export const extensionEntity = defineTenantEntity<Extension>('extension', extensionSchema, {
  unique: [extensionNumberConstraint<Extension>('number', (extension) => extension.number)],
});

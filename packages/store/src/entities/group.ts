import { type Group, groupSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** A hunt or pickup group. */
export const groupEntity = defineTenantEntity<Group>('group', groupSchema, {
  unique: [extensionNumberConstraint<Group>('extensionNumber', (group) => group.extensionNumber)],
});

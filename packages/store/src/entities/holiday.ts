import { type Holiday, holidaySchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A holiday. */
export const holidayEntity = defineTenantEntity<Holiday>('holiday', holidaySchema);

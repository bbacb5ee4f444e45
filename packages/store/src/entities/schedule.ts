import { type Schedule, scheduleSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';

/** A business-hours schedule. */
export const scheduleEntity = defineTenantEntity<Schedule>('schedule', scheduleSchema);

import { createHolidayInputSchema, holidaySchema, updateHolidayInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Public holidays and company closures, single days or ranges, optionally every year; schedules refer to them. */
export function holidayRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'holiday',
    segment: 'holidays',
    idParam: { name: 'holidayId', example: 'hol_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Holiday',
    tag: 'Holidays',
    noun: ['holiday', 'holidays'],
    description:
      'Public holidays and company closures, single days or ranges, optionally every year; schedules refer to them.',
    repository: (store) => store.holidays,
    createSchema: createHolidayInputSchema,
    updateSchema: updateHolidayInputSchema,
    outputSchema: holidaySchema,
  }).app;
}

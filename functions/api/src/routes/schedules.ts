import { createScheduleInputSchema, scheduleSchema, updateScheduleInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Business hours: weekly time ranges in a time zone, and the holidays on which the schedule is closed (T640 manual L3040-3170). */
export function scheduleRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'schedule',
    segment: 'schedules',
    idParam: { name: 'scheduleId', example: 'sch_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Schedule',
    tag: 'Schedules',
    noun: ['schedule', 'schedules'],
    description:
      'Business hours: weekly time ranges in a time zone, and the holidays on which the schedule is closed (T640 manual L3040-3170).',
    repository: (store) => store.schedules,
    createSchema: createScheduleInputSchema,
    updateSchema: updateScheduleInputSchema,
    outputSchema: scheduleSchema,
  }).app;
}

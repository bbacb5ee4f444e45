import { createQueueInputSchema, queueSchema, updateQueueInputSchema } from '@carillon/domain';
import type { ApiDeps } from '../deps';
import { tenantResource } from './tenant-resource';

/** Call queues (ACD) with agents, strategy and announcements, T640 manual L1613-1745. */
export function queueRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'queue',
    segment: 'queues',
    idParam: { name: 'queueId', example: 'que_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Queue',
    tag: 'Queues',
    noun: ['queue', 'queues'],
    description: 'Call queues (ACD) with agents, strategy and announcements, T640 manual L1613-1745.',
    repository: (store) => store.queues,
    createSchema: createQueueInputSchema,
    updateSchema: updateQueueInputSchema,
    outputSchema: queueSchema,
  }).app;
}

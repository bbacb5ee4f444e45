import { type Queue, queueSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** A call queue. */
export const queueEntity = defineTenantEntity<Queue>('queue', queueSchema, {
  unique: [extensionNumberConstraint<Queue>('extensionNumber', (queue) => queue.extensionNumber)],
});

import { cdrSchema } from '@carillon/domain';
import { timeSeriesEntitySchema } from './time-series';

/** Call detail records by tenant and start time (one partition per tenant-day). */
export const cdrEntitySchema = timeSeriesEntitySchema('cdr', cdrSchema, 'startedAt');

/** Guard namespace that makes a retried CDR report idempotent (ARCHITECTURE.md §3). */
export const CDR_IDEMPOTENCY_CONSTRAINT = 'cdr-idempotency';

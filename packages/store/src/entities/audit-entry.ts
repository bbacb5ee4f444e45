import { auditEntrySchema } from '@carillon/domain';
import { timeSeriesEntitySchema } from './time-series';

/** Audit trail by tenant and time (one partition per tenant-day). */
export const auditEntryEntitySchema = timeSeriesEntitySchema('auditEntry', auditEntrySchema, 'at');

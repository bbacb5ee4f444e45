import { type AuditEntry, auditEntrySchema, type NewAuditEntry, newId } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import { auditEntryEntitySchema } from '../entities/audit-entry';
import { dayOf } from '../entities/time-series';
import { type TimeRange, TimeSeries } from './time-series';

/** A tenant's audit trail: append-only, read by time. */
export class AuditLog {
  readonly #series: TimeSeries<AuditEntry>;

  constructor(private readonly context: StoreContext) {
    this.#series = new TimeSeries(
      context,
      'auditEntry',
      auditEntryEntitySchema,
      auditEntrySchema,
      'at',
      (entry) => entry.at,
    );
  }

  async append(scope: TenantScope, input: Omit<NewAuditEntry, 'tenantId'>): Promise<AuditEntry> {
    const entry = this.#series.validate(scope, {
      ...input,
      id: newId('adt'),
      tenantId: scope.tenantId,
      at: this.context.now().toISOString(),
    });
    await this.#series.entity.create({ ...entry, day: dayOf(entry.at) }).go();
    return entry;
  }

  /** Entries made in [from, to), oldest first. */
  list(scope: TenantScope, range: TimeRange, page: PageRequest = {}): Promise<Page<AuditEntry>> {
    return this.#series.list(scope, range, page);
  }
}

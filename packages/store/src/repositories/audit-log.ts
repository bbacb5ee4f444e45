import { type AuditEntry, auditEntrySchema, type NewAuditEntry, newId } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import { AUDIT_ACTOR_KEY, auditEntryEntitySchema } from '../entities/audit-entry';
import type { WhereCallback } from '../entities/loose-entity';
import { dayOf } from '../entities/time-series';
import { type ListOptions, type TimeRange, TimeSeries } from './time-series';

/** What `search` filters on besides the time range; every given filter must match. */
export interface AuditFilter {
  /** The actor's id (user id, API key id, operator identity). */
  readonly actorId?: string;
  /** The kind of record changed, e.g. `user`. */
  readonly targetType?: string;
  /** The record changed. */
  readonly targetId?: string;
}

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
    await this.#series.entity
      .create({ ...entry, day: dayOf(entry.at), [AUDIT_ACTOR_KEY]: entry.actor.id })
      .go();
    return entry;
  }

  /** Entries made in [from, to), oldest first. */
  list(scope: TenantScope, range: TimeRange, page: PageRequest = {}): Promise<Page<AuditEntry>> {
    return this.#series.list(scope, range, page);
  }

  /**
   * Entries made in [from, to) that match every filter, newest first. The
   * most selective filter given picks the partition (target, then actor,
   * then target type, else the tenant's days); the others are DynamoDB filter
   * conditions on it.
   */
  search(
    scope: TenantScope,
    range: TimeRange,
    filter: AuditFilter = {},
    page: PageRequest = {},
  ): Promise<Page<AuditEntry>> {
    const { actorId, targetType, targetId } = filter;
    const options: ListOptions = {
      order: 'desc',
      filterKey: JSON.stringify([actorId ?? null, targetType ?? null, targetId ?? null]),
    };
    const eq =
      (attribute: string, value: string): WhereCallback =>
      (attributes, operations) =>
        operations.eq(attributes[attribute], value);
    if (targetId !== undefined) {
      const where = [
        ...(actorId === undefined ? [] : [eq(AUDIT_ACTOR_KEY, actorId)]),
        ...(targetType === undefined ? [] : [eq('targetType', targetType)]),
      ];
      return this.#series.listBy(scope, 'byTarget', { targetId }, range, page, { ...options, where });
    }
    if (actorId !== undefined) {
      const where = targetType === undefined ? [] : [eq('targetType', targetType)];
      return this.#series.listBy(scope, 'byActor', { [AUDIT_ACTOR_KEY]: actorId }, range, page, {
        ...options,
        where,
      });
    }
    if (targetType !== undefined) {
      return this.#series.listBy(scope, 'byTargetType', { targetType }, range, page, options);
    }
    return this.#series.list(scope, range, page, options);
  }
}

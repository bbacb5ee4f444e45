import {
  type CallDirection,
  type Cdr,
  type CdrDisposition,
  cdrNumbers,
  cdrSchema,
  cdrUserIds,
  newId,
} from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import {
  CDR_IDEMPOTENCY_CONSTRAINT,
  cdrEntitySchema,
  cdrPartyEntitySchema,
  MAX_INDEXED_CDR_USERS,
} from '../entities/cdr';
import { createEntity, type LooseEntity, type WhereCallback } from '../entities/loose-entity';
import { dayOf } from '../entities/time-series';
import { StoreError, UniqueConstraintError } from '../errors';
import { writeAtomically } from '../transact';
import { type ListOptions, type TimeRange, TimeSeries } from './time-series';

export type NewCdr = Omit<Cdr, 'id' | 'tenantId' | 'createdAt'>;

/** What `search` filters on besides the time range; every given filter must match. */
export interface CdrFilter {
  /** A user on any leg of the call (caller or callee). */
  readonly userId?: string;
  /** The caller's or the callee's number, exactly as signalled. */
  readonly number?: string;
  readonly disposition?: CdrDisposition;
  readonly direction?: CallDirection;
}

/**
 * One CDR per call, written once: the edge's idempotency key takes a guard in
 * the same transaction, so a retried report returns the first record instead
 * of writing a second (ARCHITECTURE.md §3).
 */
export class CdrRepository {
  readonly #series: TimeSeries<Cdr>;
  readonly #parties: LooseEntity;

  constructor(private readonly context: StoreContext) {
    this.#parties = createEntity(cdrPartyEntitySchema, context.table, context.document);
    this.#series = new TimeSeries(
      context,
      'cdr',
      cdrEntitySchema,
      cdrSchema,
      'startedAt',
      (cdr) => cdr.startedAt,
    );
  }

  async record(scope: TenantScope, input: NewCdr): Promise<{ cdr: Cdr; created: boolean }> {
    const cdr = this.#series.validate(scope, {
      ...input,
      id: newId('cdr'),
      tenantId: scope.tenantId,
      createdAt: this.context.now().toISOString(),
    });
    const guard = {
      ownerTenantId: scope.tenantId,
      constraint: CDR_IDEMPOTENCY_CONSTRAINT,
      value: cdr.idempotencyKey,
      ownerEntity: 'cdr',
      ownerId: cdr.id,
    };
    const duplicate = new UniqueConstraintError('cdr', 'idempotencyKey', cdr.idempotencyKey);
    const partyNumbers = cdrNumbers(cdr);
    const parties = [
      ...cdrUserIds(cdr)
        .slice(0, MAX_INDEXED_CDR_USERS)
        .map((userId) => `user:${userId}`),
      ...partyNumbers.map((number) => `number:${number}`),
    ];
    try {
      await writeAtomically(this.context.document, [
        {
          item: this.#series.entity.create({ ...cdr, day: dayOf(cdr.startedAt) }).commit(),
          onConditionFailed: () => new StoreError('ALREADY_EXISTS', `cdr ${cdr.id} already exists`),
        },
        { item: this.context.guards.tenant.create(guard).commit(), onConditionFailed: () => duplicate },
        ...parties.map((party) => ({
          // Keyed by the new id: nothing to collide with, so no condition.
          item: this.#parties.put({ ...cdr, party, partyNumbers }).commit(),
          onConditionFailed: () => new StoreError('ALREADY_EXISTS', `cdr ${cdr.id} index item exists`),
        })),
      ]);
      return { cdr, created: true };
    } catch (error) {
      if (error !== duplicate) throw error;
      const holder = await this.context.guards.tenant.get(guard).go({ consistent: true });
      const existingId = (holder.data as { ownerId?: unknown } | null)?.ownerId;
      // A retry reports the same call, so the first record has the same start time.
      const existing =
        typeof existingId === 'string' ? await this.find(scope, existingId, cdr.startedAt) : undefined;
      if (existing === undefined) throw error;
      return { cdr: existing, created: false };
    }
  }

  find(scope: TenantScope, id: string, startedAt: string): Promise<Cdr | undefined> {
    return this.#series.find(scope, id, startedAt);
  }

  /** The CDR with this id, without knowing its start time (gsi1, eventually consistent). */
  async findById(scope: TenantScope, id: string): Promise<Cdr | undefined> {
    const query = this.#series.entity.query.byId?.({ tenantId: scope.tenantId, id });
    if (query === undefined) return undefined;
    const { data } = await query.go({ count: 1 });
    return this.#series.accept(scope, data[0]);
  }

  /** CDRs whose call started in [from, to), oldest first. */
  list(scope: TenantScope, range: TimeRange, page: PageRequest = {}): Promise<Page<Cdr>> {
    return this.#series.list(scope, range, page);
  }

  /**
   * CDRs whose call started in [from, to) and that match every filter, newest
   * first. With a user or a number: one Query of that party's index items;
   * otherwise the tenant's days, newest first. Disposition and direction (a
   * handful of values each, no use as a key) are DynamoDB filter conditions
   * on that key range.
   */
  search(
    scope: TenantScope,
    range: TimeRange,
    filter: CdrFilter = {},
    page: PageRequest = {},
  ): Promise<Page<Cdr>> {
    const where: WhereCallback[] = [];
    if (filter.disposition !== undefined) {
      const value = filter.disposition;
      where.push((attributes, operations) => operations.eq(attributes.disposition, value));
    }
    if (filter.direction !== undefined) {
      const value = filter.direction;
      where.push((attributes, operations) => operations.eq(attributes.direction, value));
    }
    const party =
      filter.userId !== undefined
        ? `user:${filter.userId}`
        : filter.number !== undefined
          ? `number:${filter.number}`
          : undefined;
    if (filter.userId !== undefined && filter.number !== undefined) {
      const value = filter.number;
      where.push((attributes, operations) => operations.contains(attributes.partyNumbers, value));
    }
    const options: ListOptions = {
      order: 'desc',
      where,
      filterKey: JSON.stringify([
        filter.disposition ?? null,
        filter.direction ?? null,
        filter.number ?? null,
      ]),
    };
    if (party === undefined) return this.#series.list(scope, range, page, options);
    return this.#series.listBy(scope, 'byParty', { party }, range, page, {
      ...options,
      entity: this.#parties,
    });
  }
}

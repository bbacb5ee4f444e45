import { type Cdr, cdrSchema, newId } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import { CDR_IDEMPOTENCY_CONSTRAINT, cdrEntitySchema } from '../entities/cdr';
import { dayOf } from '../entities/time-series';
import { StoreError, UniqueConstraintError } from '../errors';
import { writeAtomically } from '../transact';
import { type TimeRange, TimeSeries } from './time-series';

export type NewCdr = Omit<Cdr, 'id' | 'tenantId' | 'createdAt'>;

/**
 * One CDR per call, written once: the edge's idempotency key takes a guard in
 * the same transaction, so a retried report returns the first record instead
 * of writing a second (ARCHITECTURE.md §3).
 */
export class CdrRepository {
  readonly #series: TimeSeries<Cdr>;

  constructor(private readonly context: StoreContext) {
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
    try {
      await writeAtomically(this.context.document, [
        {
          item: this.#series.entity.create({ ...cdr, day: dayOf(cdr.startedAt) }).commit(),
          onConditionFailed: () => new StoreError('ALREADY_EXISTS', `cdr ${cdr.id} already exists`),
        },
        { item: this.context.guards.tenant.create(guard).commit(), onConditionFailed: () => duplicate },
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

  /** CDRs whose call started in [from, to), oldest first. */
  list(scope: TenantScope, range: TimeRange, page: PageRequest = {}): Promise<Page<Cdr>> {
    return this.#series.list(scope, range, page);
  }
}

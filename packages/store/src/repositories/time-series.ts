import type { z } from 'zod';
import type { StoreContext, TenantScope } from '../context';
import { type Page, type PageRequest, pageLimit } from '../cursor';
import type { ElectroSchema } from '../entities/define';
import {
  type Composite,
  createEntity,
  type LooseEntity,
  type QueryOperation,
  type WhereCallback,
} from '../entities/loose-entity';
import { dayOf } from '../entities/time-series';
import {
  CorruptItemError,
  InvalidCursorError,
  InvalidRequestError,
  invalidItemError,
  NotFoundError,
} from '../errors';

export interface TimeRange {
  /** Inclusive ISO instant. */
  readonly from: string;
  /** Exclusive ISO instant. */
  readonly to: string;
}

/** How a list is read beyond its time range. */
export interface ListOptions {
  /** `asc` (default): oldest first; `desc`: newest first. */
  readonly order?: 'asc' | 'desc';
  /**
   * Conditions DynamoDB applies before returning items (FilterExpression): pages
   * still fill up to the limit, but every item of the key range is read.
   */
  readonly where?: readonly WhereCallback[];
  /** Names the filter in the cursor binding: a cursor of one filter is refused by another. */
  readonly filterKey?: string;
}

/** A range reads one partition per day; a year is the most one list may span. */
export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

interface Position {
  readonly day: string;
  readonly inner: string | null;
}

/**
 * Records by tenant and time, one partition per tenant-day. A page walks the
 * days of the range in order and may span several; its cursor holds the day
 * and DynamoDB's position within it.
 */
export class TimeSeries<T extends { readonly id: string; readonly tenantId: string | null }> {
  readonly entity: LooseEntity;

  constructor(
    private readonly context: StoreContext,
    private readonly name: string,
    electro: ElectroSchema,
    private readonly schema: z.ZodType<T>,
    /** The attribute that orders the records (the sort key's first part). */
    private readonly timeAttribute: string,
    private readonly timeOf: (item: T) => string,
  ) {
    this.entity = createEntity(electro, context.table, context.document);
  }

  validate(scope: TenantScope, candidate: unknown): T {
    const parsed = this.schema.safeParse(candidate);
    if (!parsed.success) throw invalidItemError(this.name, parsed.error);
    if (parsed.data.tenantId !== scope.tenantId)
      throw new InvalidRequestError(`${this.name} of another tenant`);
    return parsed.data;
  }

  keyOf(item: T) {
    const at = this.timeOf(item);
    return { tenantId: item.tenantId, day: dayOf(at), id: item.id, [this.timeAttribute]: at };
  }

  async find(scope: TenantScope, id: string, at: string): Promise<T | undefined> {
    const { data } = await this.entity
      .get({ tenantId: scope.tenantId, day: dayOf(at), id, [this.timeAttribute]: at })
      .go({ consistent: true });
    return this.accept(scope, data);
  }

  async get(scope: TenantScope, id: string, at: string): Promise<T> {
    const item = await this.find(scope, id, at);
    if (item === undefined) throw new NotFoundError(this.name, id);
    return item;
  }

  async list(
    scope: TenantScope,
    range: TimeRange,
    request: PageRequest = {},
    options: ListOptions = {},
  ): Promise<Page<T>> {
    const limit = pageLimit(request.limit);
    const order = options.order ?? 'asc';
    const days = order === 'asc' ? daysOf(range) : daysOf(range).reverse();
    const binding = {
      tenantId: scope.tenantId,
      list: `${this.name}:${range.from}/${range.to}${order === 'asc' ? '' : ':desc'}${filterSuffix(options)}`,
    };
    let position: Position = { day: days[0] ?? '', inner: null };
    if (request.cursor !== undefined)
      position = parsePosition(this.context.cursors.decode(binding, request.cursor));
    const items: T[] = [];
    for (let index = days.indexOf(position.day); index >= 0 && index < days.length; index++) {
      const day = days[index] ?? '';
      const query = this.entity.query.byTime?.({ tenantId: scope.tenantId, day });
      if (query === undefined) throw new NotFoundError('access pattern', `${this.name}.byTime`);
      const wanted = limit - items.length;
      const { data, cursor } = await this.#ranged(query, range, options).go({
        count: wanted,
        ...readLimit(options, wanted),
        cursor: day === position.day ? position.inner : null,
        order,
      });
      for (const raw of data) {
        const item = this.accept(scope, raw);
        if (item !== undefined && this.timeOf(item) < range.to) items.push(item);
      }
      // Decided on what DynamoDB returned, not on what was kept: a dropped
      // record must not make the walk skip the rest of its day.
      if (data.length >= wanted) {
        const next: Position | undefined =
          cursor !== null
            ? { day, inner: cursor }
            : days[index + 1]
              ? { day: days[index + 1] ?? '', inner: null }
              : undefined;
        return next === undefined
          ? { items }
          : { items, nextCursor: this.context.cursors.encode(binding, JSON.stringify(next)) };
      }
    }
    return { items };
  }

  /**
   * Records of one partition of a secondary access pattern (`access`, e.g. an
   * actor's or a party's records), in [from, to) — one Query, no day walk,
   * because such a partition holds one subject's records, not a tenant's.
   * `entity` defaults to the series' own (for a GSI of its items); pass
   * another for index items written beside them.
   */
  async listBy(
    scope: TenantScope,
    access: string,
    composite: Composite,
    range: TimeRange,
    request: PageRequest = {},
    options: ListOptions & { readonly entity?: LooseEntity } = {},
  ): Promise<Page<T>> {
    const limit = pageLimit(request.limit);
    const order = options.order ?? 'asc';
    checkRange(range);
    const binding = {
      tenantId: scope.tenantId,
      list: `${this.name}:${access}:${JSON.stringify(composite)}:${range.from}/${range.to}:${order}${filterSuffix(options)}`,
    };
    const position =
      request.cursor === undefined ? null : this.context.cursors.decode(binding, request.cursor);
    const query = (options.entity ?? this.entity).query[access]?.({ ...composite, tenantId: scope.tenantId });
    if (query === undefined) throw new NotFoundError('access pattern', `${this.name}.${access}`);
    const { data, cursor } = await this.#ranged(query, range, options).go({
      count: limit,
      ...readLimit(options, limit),
      cursor: position,
      order,
    });
    const items: T[] = [];
    for (const raw of data) {
      const item = this.accept(scope, raw);
      if (item !== undefined && this.timeOf(item) < range.to) items.push(item);
    }
    return cursor === null || data.length < limit
      ? { items }
      : { items, nextCursor: this.context.cursors.encode(binding, cursor) };
  }

  #ranged(query: QueryOperation, range: TimeRange, options: ListOptions): QueryOperation {
    let ranged = query.between({ [this.timeAttribute]: range.from }, { [this.timeAttribute]: range.to });
    for (const condition of options.where ?? []) ranged = ranged.where(condition);
    return ranged;
  }

  /** The record if it parses and belongs to the scope's tenant. */
  accept(scope: TenantScope, data: unknown): T | undefined {
    if (data === null || data === undefined) return undefined;
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) throw new CorruptItemError(this.name, '?', { cause: parsed.error });
    return parsed.data.tenantId === scope.tenantId ? parsed.data : undefined;
  }
}

/**
 * DynamoDB's Limit for one page: without filters exactly the page, so a Query
 * reads no more than it returns. With filters none: a Limit counts items
 * before the filter, so a selective filter would cost a round trip per page
 * size of items read; unlimited, each request reads up to 1 MB.
 */
function readLimit(options: ListOptions, wanted: number): { limit?: number } {
  return (options.where ?? []).length === 0 ? { limit: wanted } : {};
}

function filterSuffix(options: ListOptions): string {
  return options.filterKey === undefined ? '' : `:${options.filterKey}`;
}

function checkRange(range: TimeRange): void {
  daysOf(range);
}

function daysOf(range: TimeRange): string[] {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (Number.isNaN(from) || Number.isNaN(to) || to <= from) {
    throw new InvalidRequestError('time range needs ISO instants with from < to');
  }
  const days: string[] = [];
  for (let day = Date.parse(dayOf(range.from)); day < to; day += DAY_MS) {
    days.push(new Date(day).toISOString().slice(0, 10));
    if (days.length > MAX_RANGE_DAYS)
      throw new InvalidRequestError(`time range spans more than ${MAX_RANGE_DAYS} days`);
  }
  return days;
}

function parsePosition(text: string): Position {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'day' in value && typeof value.day === 'string') {
      const inner = 'inner' in value && typeof value.inner === 'string' ? value.inner : null;
      return { day: value.day, inner };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('malformed position');
}

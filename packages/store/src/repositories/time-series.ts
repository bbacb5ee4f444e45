import type { z } from 'zod';
import type { StoreContext, TenantScope } from '../context';
import { type Page, type PageRequest, pageLimit } from '../cursor';
import type { ElectroSchema } from '../entities/define';
import { createEntity, type LooseEntity } from '../entities/loose-entity';
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
    return this.#accept(scope, data);
  }

  async get(scope: TenantScope, id: string, at: string): Promise<T> {
    const item = await this.find(scope, id, at);
    if (item === undefined) throw new NotFoundError(this.name, id);
    return item;
  }

  async list(scope: TenantScope, range: TimeRange, request: PageRequest = {}): Promise<Page<T>> {
    const limit = pageLimit(request.limit);
    const days = daysOf(range);
    const binding = { tenantId: scope.tenantId, list: `${this.name}:${range.from}/${range.to}` };
    let position: Position = { day: days[0] ?? '', inner: null };
    if (request.cursor !== undefined)
      position = parsePosition(this.context.cursors.decode(binding, request.cursor));
    const items: T[] = [];
    for (let index = days.indexOf(position.day); index >= 0 && index < days.length; index++) {
      const day = days[index] ?? '';
      const query = this.entity.query.byTime?.({ tenantId: scope.tenantId, day });
      if (query === undefined) throw new NotFoundError('access pattern', `${this.name}.byTime`);
      const { data, cursor } = await query
        .between({ [this.timeAttribute]: range.from }, { [this.timeAttribute]: range.to })
        .go({ count: limit - items.length, cursor: day === position.day ? position.inner : null });
      for (const raw of data) {
        const item = this.#accept(scope, raw);
        if (item !== undefined && this.timeOf(item) < range.to) items.push(item);
      }
      if (items.length >= limit) {
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

  #accept(scope: TenantScope, data: unknown): T | undefined {
    if (data === null || data === undefined) return undefined;
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) throw new CorruptItemError(this.name, '?', { cause: parsed.error });
    return parsed.data.tenantId === scope.tenantId ? parsed.data : undefined;
  }
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

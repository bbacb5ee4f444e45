import { isoDateTimeSchema } from '@carillon/domain';
import { InvalidCursorError, type TimeRange } from '@carillon/store';
import { z } from '@hono/zod-openapi';
import { ApiError } from '../http/problem';

/** Without `from`, a time-ranged list (CDRs, audit) covers this many days before `to`. */
export const DEFAULT_RANGE_DAYS = 30;
/** The longest range one list may span: a year (the store reads one partition per day). */
export const MAX_RANGE_DAYS = 365;
const DAY_MS = 86_400_000;

/** `?from=&to=` of time-ranged lists. */
export const timeRangeQuerySchema = z.object({
  from: isoDateTimeSchema.optional().openapi({
    description: `Inclusive start, ISO 8601 UTC; default \`to\` minus ${DEFAULT_RANGE_DAYS} days`,
    example: '2026-11-01T00:00:00Z',
  }),
  to: isoDateTimeSchema.optional().openapi({
    description: `Exclusive end, ISO 8601 UTC; default now. At most ${MAX_RANGE_DAYS} days after \`from\``,
    example: '2026-12-01T00:00:00Z',
  }),
});

/**
 * The range a request asks for, with the defaults filled in, as the store's
 * canonical instants (`toISOString`, so `…00Z` and `…00.000Z` sort alike).
 */
export function resolveRange(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): TimeRange {
  const to = query.to === undefined ? now.getTime() : Date.parse(query.to);
  const from = query.from === undefined ? to - DEFAULT_RANGE_DAYS * DAY_MS : Date.parse(query.from);
  const invalid = (message: string) =>
    new ApiError({
      status: 400,
      title: 'Bad Request',
      code: 'validation-failed',
      detail: 'the request query is not valid',
      errors: [{ field: 'from', message }],
    });
  if (from >= to) throw invalid('from must be before to');
  if (to - from > MAX_RANGE_DAYS * DAY_MS)
    throw invalid(`from must be at most ${MAX_RANGE_DAYS} days before to`);
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/**
 * The range and the store's cursor of one page of a time-ranged list. A
 * default `to` is "now", which moves between requests, so the `nextCursor`
 * this API hands out carries the resolved range beside the store's cursor
 * (`rangeCursor`), and the next page reads the same range. The store's cursor
 * is signed together with its range, so an edited range is refused (400).
 * Explicit `from`/`to` must then name that same range.
 */
export function pagedRange(
  query: { from?: string | undefined; to?: string | undefined; cursor?: string | undefined },
  now: Date,
): { range: TimeRange; cursor?: string } {
  if (query.cursor === undefined) return { range: resolveRange(query, now) };
  const carried = parseRangeCursor(query.cursor);
  const range =
    query.from === undefined && query.to === undefined
      ? carried.range
      : resolveRange({ from: query.from ?? carried.range.from, to: query.to ?? carried.range.to }, now);
  return { range, cursor: carried.cursor };
}

/** The `nextCursor` of a time-ranged page: base64url of `[from, to, storeCursor]`. */
export function rangeCursor(range: TimeRange, storeCursor: string): string {
  return Buffer.from(JSON.stringify([range.from, range.to, storeCursor]), 'utf8').toString('base64url');
}

function parseRangeCursor(cursor: string): { range: TimeRange; cursor: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')) {
      const [from, to, inner] = value as [string, string, string];
      return { range: { from, to }, cursor: inner };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('malformed');
}

import {
  CALL_DIRECTIONS,
  CDR_DISPOSITIONS,
  CDR_EXPORT_COLUMNS,
  type Cdr,
  cdrExportRow,
  cdrOutputSchema,
  cdrSummaryOutputSchema,
  cdrUserIds,
  paginationInputSchema,
  toCdrOutput,
  toCdrSummaryOutput,
} from '@carillon/domain';
import type { CdrFilter, Page, TenantScope, TimeRange } from '@carillon/store';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { notFound } from '../auth/authorize';
import { PRINCIPAL_EXTENSION, SESSION_USER, sessionUserOnly } from '../auth/session-only';
import { pageSchema } from '../conventions/pagination';
import { pagedRange, rangeCursor, resolveRange, timeRangeQuerySchema } from '../conventions/time-range';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import { commonProblems, guarded, idParam, tenantParams, writeProblems } from './common';
import { ownUserId, tenantOf } from './tenant-resource';

/**
 * The most rows one CSV export holds. The export is built in memory (a
 * Lambda answer is buffered, at most 6 MB; a row is ~250 bytes), so a
 * larger range is refused with 422 `export-too-large`: narrow the range or
 * read the paged list.
 */
export const MAX_EXPORT_CDRS = 10_000;
/** Page size the export reads the store with (the store's largest page). */
const EXPORT_PAGE = 100;

const cdrOutput = cdrOutputSchema.meta({ id: 'Cdr' });
const cdrSummary = cdrSummaryOutputSchema.meta({ id: 'CdrSummary' });
const cdrPage = pageSchema(cdrSummary, 'CdrPage');
const cdrIdParam = idParam('cdrId', 'cdr_0123456789abcdefghjkmnpqrs');

/** Filters of the list and the export; every given one must match. */
const filterQuerySchema = timeRangeQuerySchema.extend({
  number: z
    .string()
    .min(1, { error: 'number must not be empty' })
    .max(64, { error: 'number must be at most 64 characters' })
    .optional()
    .openapi({
      description: "The caller's or the callee's number, exactly as signalled (e.g. `201`, `+4930…`)",
    }),
  disposition: z
    .enum(CDR_DISPOSITIONS, { error: `disposition must be one of ${CDR_DISPOSITIONS.join(', ')}` })
    .optional(),
  direction: z
    .enum(CALL_DIRECTIONS, { error: `direction must be one of ${CALL_DIRECTIONS.join(', ')}` })
    .optional(),
});

const tenantFilterQuerySchema = filterQuerySchema.extend({
  userId: z
    .string()
    .min(1, { error: 'userId must not be empty' })
    .optional()
    .openapi({ description: 'A user on any leg of the call, caller or callee' }),
});

const listQuery = tenantFilterQuerySchema.extend(paginationInputSchema.shape);
const meListQuery = filterQuerySchema.extend(paginationInputSchema.shape);

const tags = ['Call records'];
const base = '/tenants/{tenantId}/cdrs';
const ownOnly =
  'A user (CDR access `own`) sees only calls they were on — as caller or callee, on any leg; a `userId` of someone else gives an empty list.';

type FilterQuery = z.infer<typeof tenantFilterQuerySchema>;

/**
 * Call detail records (T640 manual L3480-3529; ARCHITECTURE §3): the list
 * with filters, one call with its legs, the CSV export, and the caller's own
 * calls. Read-only: CDRs are written by call control at the end of a call.
 */
export function cdrRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List call detail records, newest first',
      description: `Calls that started in [from, to), filtered by user, number, disposition and direction. ${ownOnly}`,
      ...guarded(deps, 'cdr', 'read'),
      request: { params: tenantParams, query: listQuery },
      responses: {
        200: {
          description: 'One page of calls (without legs)',
          content: { 'application/json': { schema: cdrPage } },
        },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { limit, cursor: given, ...query } = c.req.valid('query');
      const { range, cursor } = pagedRange({ ...query, cursor: given }, deps.now());
      const page = await search(c, tenantOf(c), range, query, {
        limit,
        ...(cursor === undefined ? {} : { cursor }),
      });
      return c.json(summaries(page, range), 200);
    },
  );

  // Before `{cdrId}`, so that `export` is not read as an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/export`,
      tags,
      summary: 'Export call detail records as CSV',
      description: [
        `Same filters as the list; newest first; at most ${MAX_EXPORT_CDRS} calls (more: 422 \`export-too-large\`, narrow the range).`,
        `Columns: ${CDR_EXPORT_COLUMNS.join(', ')}. RFC 4180 CSV, UTF-8, CRLF, one header row.`,
        'Private calls (`*2`) show the outside number with its last three digits as `x` and no name.',
        "Cells that a spreadsheet would run as a formula start with `'`.",
        ownOnly,
      ].join(' '),
      ...guarded(deps, 'cdr', 'read'),
      request: { params: tenantParams, query: tenantFilterQuerySchema },
      responses: {
        200: { description: 'The CSV', content: { 'text/csv': { schema: z.string() } } },
        ...commonProblems,
        422: writeProblems[422],
      },
    }),
    async (c) => {
      const cdrs = await everyCdr(c, tenantOf(c), c.req.valid('query'));
      return csv(c, cdrs);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{cdrId}`,
      tags,
      summary: 'Read one call detail record with its legs',
      description: `Legs carry the device, user, trunk, codec and RTP quality (packets, loss, jitter, MOS). ${ownOnly}`,
      ...guarded(deps, 'cdr', 'read'),
      request: { params: tenantParams.extend({ cdrId: cdrIdParam }) },
      responses: {
        200: {
          description: 'The call with its legs',
          content: { 'application/json': { schema: cdrOutput } },
        },
        ...commonProblems,
      },
    }),
    async (c) => {
      const cdr = await store.cdrs.findById(tenantOf(c), c.req.valid('param').cdrId);
      if (cdr === undefined) throw notFound();
      if (c.var.access === 'own' && !cdrUserIds(cdr).includes(ownUserId(c))) throw notFound();
      return c.json(toCdrOutput(cdr), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/calls',
      tags,
      summary: "The caller's own calls, newest first",
      description:
        'Calls the signed-in user was on (caller or callee, any leg), whatever their role; portal sessions only (an API key has no user: 403 `session-required`).',
      ...guarded(deps, 'cdr', 'read', [sessionUserOnly]),
      [PRINCIPAL_EXTENSION]: SESSION_USER,
      request: { query: meListQuery },
      responses: {
        200: {
          description: 'One page of calls (without legs)',
          content: { 'application/json': { schema: cdrPage } },
        },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { tenantId, userId } = c.var.principal;
      if (tenantId === null || userId === null) throw notFound();
      const { limit, cursor: given, ...query } = c.req.valid('query');
      const { range, cursor } = pagedRange({ ...query, cursor: given }, deps.now());
      const page = await store.cdrs.search(
        { tenantId },
        range,
        { ...filterOf(query), userId },
        { limit, ...(cursor === undefined ? {} : { cursor }) },
      );
      return c.json(summaries(page, range), 200);
    },
  );

  /** The store search for a request; `own` access pins the user to the caller. */
  async function search(
    c: Context<ApiEnv>,
    scope: TenantScope,
    range: TimeRange,
    query: FilterQuery,
    page: { limit?: number; cursor?: string },
  ): Promise<Page<Cdr>> {
    const filter = filterOf(query);
    if (c.var.access === 'own') {
      const self = ownUserId(c);
      if (query.userId !== undefined && query.userId !== self) return { items: [] };
      return store.cdrs.search(scope, range, { ...filter, userId: self }, page);
    }
    return store.cdrs.search(
      scope,
      range,
      { ...filter, ...(query.userId === undefined ? {} : { userId: query.userId }) },
      page,
    );
  }

  async function everyCdr(c: Context<ApiEnv>, scope: TenantScope, query: FilterQuery): Promise<Cdr[]> {
    const range = resolveRange(query, deps.now());
    const cdrs: Cdr[] = [];
    let cursor: string | undefined;
    do {
      const page = await search(c, scope, range, query, {
        limit: EXPORT_PAGE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      cdrs.push(...page.items);
      if (cdrs.length > MAX_EXPORT_CDRS) {
        throw new ApiError({
          status: 422,
          title: 'Unprocessable Content',
          code: 'export-too-large',
          detail: `more than ${MAX_EXPORT_CDRS} calls in the range: narrow it (from, to) or read the paged list`,
          errors: [{ field: 'from', message: `the range must hold at most ${MAX_EXPORT_CDRS} calls` }],
        });
      }
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return cdrs;
  }

  return app;
}

function filterOf(query: Omit<FilterQuery, 'userId' | 'from' | 'to'>): CdrFilter {
  return {
    ...(query.number === undefined ? {} : { number: query.number }),
    ...(query.disposition === undefined ? {} : { disposition: query.disposition }),
    ...(query.direction === undefined ? {} : { direction: query.direction }),
  };
}

function summaries(page: Page<Cdr>, range: TimeRange) {
  return {
    items: page.items.map(toCdrSummaryOutput),
    ...(page.nextCursor === undefined ? {} : { nextCursor: rangeCursor(range, page.nextCursor) }),
  };
}

function csv(c: Context<ApiEnv>, cdrs: readonly Cdr[]): Response {
  // RFC 4180 §2: CRLF line breaks, fields with commas, quotes or line breaks quoted.
  const text = stringify([[...CDR_EXPORT_COLUMNS], ...cdrs.map(cdrExportRow)], {
    record_delimiter: 'windows',
  });
  c.header('content-type', 'text/csv; charset=utf-8');
  c.header('content-disposition', 'attachment; filename="cdrs.csv"');
  return c.body(text, 200);
}

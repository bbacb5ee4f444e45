import { hashPassword } from '@carillon/auth';
import { type PhoneNumber, toUserOutput, type User } from '@carillon/domain';
import { type Store, type TenantScope, UniqueConstraintError } from '@carillon/store';
import {
  type CellError,
  COLUMN_OF_FIELD,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseUserCsv,
  type RowInput,
  rowToUserInput,
  usersToCsv,
} from '@carillon/user-csv';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idempotency } from '../conventions/idempotency';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import { commonProblems, guarded, idempotencyHeaders, tenantParams, writeProblems } from './common';

const rowReport = z
  .object({
    row: z.number().int().openapi({ description: '1 for the first user after the header line' }),
    line: z.number().int().openapi({ description: 'Line of the file where the row starts (header = 1)' }),
    login: z.string(),
    status: z.enum(['created', 'valid', 'failed']).openapi({
      description: '`valid`: would be created (dry run); `failed`: not imported, see errors',
    }),
    userId: z.string().optional(),
    errors: z
      .array(z.object({ column: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Each problem of the row, by CSV column' }),
  })
  .openapi('UserImportRow');

const importReport = z
  .object({
    dryRun: z.boolean(),
    total: z.number().int(),
    created: z.number().int(),
    valid: z
      .number()
      .int()
      .openapi({ description: 'Rows without problems (created, or creatable in a dry run)' }),
    failed: z.number().int(),
    rows: z.array(rowReport),
  })
  .openapi('UserImportReport');
type RowReport = z.infer<typeof rowReport>;

const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional().openapi({
    description: '`true`: check every row and report, create nothing (the manual’s overview before Import)',
  }),
});

const tags = ['Users'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];

/**
 * Users in bulk, as the Gigaset T300 imports them (T300 manual L415-476):
 * a CSV in the manual's columns, each valid row becomes a user, each invalid
 * one is listed with its problems by column (L474-476: "invalid user accounts
 * will not be imported and listed in an overview"); a dry run gives the
 * overview without importing. Each row is atomic: its user and its external
 * number are made together or not at all. Export writes the same columns.
 */
export function userCsvRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tenants/{tenantId}/user-imports',
      tags,
      summary: 'Import users from a CSV file',
      description: [
        'Body: the CSV (text/csv, UTF-8, comma-separated) with the columns of the Gigaset T300 user',
        'template: login, firstname, lastname, external, internal, mail, password and the …_perm',
        `permission columns, plus language. Limits: ${MAX_IMPORT_BYTES / 1024} KiB (413 above),`,
        `${MAX_IMPORT_ROWS} users (422 above). Whole-file problems (unknown or missing columns,`,
        'semicolons, unreadable CSV) are a 422 naming the column; row problems are in the report',
        '(200), and the valid rows are imported unless dryRun=true.',
      ].join(' '),
      ...guarded(deps, 'user', 'create', [idempotency(deps)]),
      request: {
        params: tenantParams,
        query: importQuery,
        headers: idempotencyHeaders,
        body: {
          required: true,
          content: { 'text/csv': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: {
        200: {
          description: 'What became of each row',
          content: { 'application/json': { schema: importReport } },
        },
        ...writeProblems,
        413: {
          description: `Body over ${MAX_IMPORT_BYTES} bytes`,
          content: { 'application/problem+json': { schema: z.object({}) } },
        },
      },
    }),
    async (c) => {
      const scope = tenantOf(c);
      const dryRun = c.req.valid('query').dryRun === 'true';
      const text = await csvBody(c);
      const parsed = parseUserCsv(text);
      if (!parsed.ok) {
        throw new ApiError({
          status: 422,
          title: 'Unprocessable Content',
          code: 'invalid-csv',
          detail: 'the file cannot be imported; nothing was created',
          errors: parsed.problems.map((problem) => ({ field: problem.field, message: problem.message })),
        });
      }
      const taken = { login: new Set<string>(), mail: new Set<string>(), internal: new Set<string>() };
      const rows: RowReport[] = [];
      for (const row of parsed.rows) {
        const login = row.cells.login ?? '';
        const base = { row: row.row, line: row.line, login };
        const result = rowToUserInput(row.cells);
        const errors: CellError[] = result.ok ? [] : [...result.errors];
        if (result.ok) errors.push(...duplicatesInFile(result.input, taken));
        const number =
          result.ok && errors.length === 0 ? await externalNumber(scope, result.input, errors) : undefined;
        if (!result.ok || errors.length > 0) {
          rows.push({ ...base, status: 'failed', errors });
          continue;
        }
        if (dryRun) {
          const conflicts = await storeConflicts(store, scope, result.input);
          rows.push(
            conflicts.length > 0
              ? { ...base, status: 'failed', errors: conflicts }
              : { ...base, status: 'valid' },
          );
          continue;
        }
        const created = await createRow(c, result.input, number);
        rows.push(
          'userId' in created
            ? { ...base, status: 'created', userId: created.userId }
            : { ...base, status: 'failed', errors: created.errors },
        );
      }
      const created = rows.filter((row) => row.status === 'created').length;
      const failed = rows.filter((row) => row.status === 'failed').length;
      return c.json({ dryRun, total: rows.length, created, valid: rows.length - failed, failed, rows }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tenants/{tenantId}/user-export',
      tags,
      summary: 'Export users as CSV',
      description:
        'The import columns (Gigaset T300 template plus language), one user per line, every permission explicit; no passwords. Import the file elsewhere to copy the users.',
      ...guarded(deps, 'user', 'read'),
      request: { params: tenantParams },
      responses: {
        200: { description: 'The CSV', content: { 'text/csv': { schema: z.string() } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const scope = tenantOf(c);
      const users =
        c.var.access === 'own'
          ? [await store.users.get(scope, c.var.principal.userId ?? '')]
          : await everyItem((cursor) =>
              store.users.list(scope, { limit: 100, ...(cursor ? { cursor } : {}) }),
            );
      const numbers = await everyItem((cursor) =>
        store.numbers.list(scope, { limit: 100, ...(cursor ? { cursor } : {}) }),
      );
      const externalOf = new Map<string, string>();
      for (const number of numbers) {
        if (number.target?.kind === 'user' && !externalOf.has(number.target.id))
          externalOf.set(number.target.id, number.e164);
      }
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', 'attachment; filename="users.csv"');
      return c.body(
        usersToCsv(users, (user) => externalOf.get(user.id) ?? null),
        200,
      );
    },
  );

  /** The number named in `external`: in the tenant and unassigned (T300 L438-442), or an error on the row. */
  async function externalNumber(scope: TenantScope, input: RowInput, errors: CellError[]) {
    if (input.external === null) return undefined;
    const number = await store.numbers.findByE164(scope, input.external);
    if (number === undefined) {
      errors.push({ column: 'external', message: `${input.external} is not a number of this tenant` });
    } else if (number.status !== 'unassigned') {
      errors.push({ column: 'external', message: `${input.external} is ${number.status}, not free` });
    }
    return number;
  }

  /**
   * One row, all or nothing: the user, then its external number. When the
   * number was taken meanwhile, the user is deleted again and the row fails.
   */
  async function createRow(
    c: Context<ApiEnv>,
    input: RowInput,
    number: PhoneNumber | undefined,
  ): Promise<{ userId: string } | { errors: CellError[] }> {
    const scope = tenantOf(c);
    const { password, pin, ...profile } = input.user;
    let user: User;
    try {
      user = await store.users.create(scope, {
        ...profile,
        passwordHash: password === undefined ? null : await hashPassword(password),
        pinHash: pin === undefined ? null : await hashPassword(pin),
        lastLoginAt: null,
      });
    } catch (error) {
      if (error instanceof UniqueConstraintError) {
        const column = COLUMN_OF_FIELD[error.field] ?? error.field;
        return { errors: [{ column, message: `${column} is already in use` }] };
      }
      throw error;
    }
    if (number !== undefined) {
      try {
        await store.numbers.update(
          scope,
          number.id,
          { status: 'assigned', target: { kind: 'user', id: user.id } },
          { expectedVersion: number.version },
        );
      } catch (error) {
        await store.users.delete(scope, user.id, { expectedVersion: user.version });
        c.var.log.info(
          { err: error, row: user.login },
          'import row undone: external number changed meanwhile',
        );
        return { errors: [{ column: 'external', message: `${number.e164} was assigned meanwhile` }] };
      }
    }
    await store.audit.append(scope, {
      resellerId: c.var.principal.resellerId,
      actor: c.var.principal.actor,
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      before: null,
      after: { ...toUserOutput(user), importedWithNumber: number?.e164 ?? null },
      requestId: c.var.requestId,
    });
    return { userId: user.id };
  }

  return app;
}

/** The CSV text of the request: size and type checked (413, 415). */
async function csvBody(c: Context<ApiEnv>): Promise<string> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!CSV_TYPES.includes(type)) {
    throw new ApiError({
      status: 415,
      title: 'Unsupported Media Type',
      code: 'unsupported-media-type',
      detail: 'send the file as text/csv (UTF-8)',
    });
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  const text = declared > MAX_IMPORT_BYTES ? undefined : await c.req.text();
  if (text === undefined || Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw new ApiError({
      status: 413,
      title: 'Content Too Large',
      code: 'body-too-large',
      detail: `an import is at most ${MAX_IMPORT_BYTES} bytes; split the file`,
    });
  }
  return text;
}

/** Login, e-mail and extension must not repeat within the file either. */
function duplicatesInFile(
  input: RowInput,
  taken: { login: Set<string>; mail: Set<string>; internal: Set<string> },
): CellError[] {
  const errors: CellError[] = [];
  const values = {
    login: input.user.login,
    mail: input.user.email.toLowerCase(),
    internal: input.user.extensionNumber,
  };
  for (const [column, value] of Object.entries(values) as [keyof typeof taken, string][]) {
    if (taken[column].has(value))
      errors.push({ column, message: `${column} ${value} appears earlier in the file` });
    taken[column].add(value);
  }
  return errors;
}

/** A dry run's check of the values that must be free (the real import finds out when writing). */
async function storeConflicts(store: Store, scope: TenantScope, input: RowInput): Promise<CellError[]> {
  const [byLogin, byExtension, byEmail] = await Promise.all([
    store.users.findByLogin(scope, input.user.login),
    store.users.findByExtensionNumber(scope, input.user.extensionNumber),
    store.users.resolveByEmail(input.user.email),
  ]);
  return [
    ...(byLogin ? [{ column: 'login', message: 'login is already in use' }] : []),
    ...(byExtension ? [{ column: 'internal', message: 'internal is already in use' }] : []),
    ...(byEmail ? [{ column: 'mail', message: 'mail is already in use' }] : []),
  ];
}

async function everyItem<T>(
  page: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor;
  } while (cursor !== undefined);
  return items;
}

function tenantOf(c: Context<ApiEnv>): TenantScope {
  return { tenantId: c.req.param('tenantId') ?? '' };
}

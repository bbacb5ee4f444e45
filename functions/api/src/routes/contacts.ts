import {
  contactsToCsv,
  ImportFileError,
  type ImportRecord,
  type ImportTarget,
  MAX_IMPORT_RECORDS,
  parseContactCsv,
  parseVcards,
} from '@carillon/contact-files';
import {
  type Contact,
  contactSchema,
  createContactInputSchema,
  updateContactInputSchema,
  userIdSchema,
} from '@carillon/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idempotency } from '../conventions/idempotency';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError, type ProblemField } from '../http/problem';
import { zodFields } from '../http/validation-hook';
import { commonProblems, guarded, idempotencyHeaders, tenantParams, writeProblems } from './common';
import {
  forbiddenFields,
  ownUserId,
  type ResourceHelpers,
  tenantOf,
  tenantResource,
} from './tenant-resource';

/** The most contacts one export writes; a larger directory is read through the paged list. */
export const MAX_EXPORT_CONTACTS = 10_000;
/** Contacts created at once during an import (parallel writes to the store). */
const IMPORT_CONCURRENCY = 8;

const CSV_TYPES = ['text/csv'];
const VCARD_TYPES = ['text/vcard', 'text/x-vcard', 'text/directory'];

const importQuerySchema = z.object({
  scope: z.enum(['global', 'personal'], { error: 'scope must be global or personal' }).optional().openapi({
    description: 'Directory to import into; default global (personal for a user importing their own)',
  }),
  ownerUserId: userIdSchema.optional().openapi({
    description: 'Owner of imported personal contacts; a user importing their own may leave it out',
  }),
});

const importResultSchema = z
  .object({
    created: z.number().int().openapi({ description: 'Contacts created' }),
    failed: z
      .number()
      .int()
      .openapi({ description: 'Records refused; each is in `results` with its errors' }),
    results: z.array(
      z.object({
        record: z.number().int().openapi({ description: 'Position of the record in the file, from 1' }),
        line: z.number().int().openapi({ description: 'Line of the file where the record starts' }),
        status: z.enum(['created', 'failed']),
        id: z.string().optional().openapi({ description: 'The new contact (status created)' }),
        errors: z
          .array(z.object({ field: z.string(), message: z.string() }))
          .optional()
          .openapi({
            description: 'Why the record was refused (status failed); `file` when it could not be read',
          }),
      }),
    ),
  })
  .openapi('ContactImportResult');

type ImportResult = z.infer<typeof importResultSchema>['results'][number];

/**
 * Directory contacts (T640 manual L1458-1595): the tenant's global directory
 * and each user's personal one. A user (`own` access) reaches only their
 * personal contacts. Import from vCard 3.0/4.0 or the T640 CSV with a report
 * per record; export as T640 CSV.
 */
export function contactRoutes(deps: ApiDeps) {
  return tenantResource(deps, {
    resource: 'contact',
    segment: 'contacts',
    idParam: { name: 'contactId', example: 'con_0123456789abcdefghjkmnpqrs' },
    schemaName: 'Contact',
    tag: 'Contacts',
    noun: ['contact', 'contacts'],
    description:
      'Global and personal directory contacts (T640 manual L1458-1595). A user sees and changes only their personal contacts; a personal contact names its owner in `ownerUserId`.',
    repository: (store) => store.contacts,
    createSchema: createContactInputSchema,
    updateSchema: updateContactInputSchema,
    outputSchema: contactSchema,
    own: { ownerOf: (contact) => contact.ownerUserId, ownerField: 'ownerUserId' },
    actions: (app, helpers) => {
      app.openapi(
        createRoute({
          method: 'post',
          path: `${helpers.base}/import`,
          tags: helpers.tags,
          summary: 'Import contacts from a vCard or CSV file',
          description: `Send the file as the body: \`text/vcard\` (vCard 3.0 or 4.0, any number of cards) or \`text/csv\` (the T640 columns: First name, Last name, Company, Office, Office-Quickdial, Mobile, Mobile-Quickdial, Home, Home-Quickdial, E-mail). At most ${MAX_IMPORT_RECORDS} contacts and 1 MiB per file. Each record is created or refused on its own; the report names each refused record by position and line with the invalid fields.`,
          ...guarded(deps, 'contact', 'create', [idempotency(deps)]),
          request: {
            params: tenantParams,
            query: importQuerySchema,
            headers: idempotencyHeaders,
            body: {
              required: true,
              content: {
                'text/csv': { schema: z.string() },
                'text/vcard': { schema: z.string() },
              },
            },
          },
          responses: {
            200: {
              description: 'What became of each record',
              content: { 'application/json': { schema: importResultSchema } },
            },
            ...writeProblems,
          },
        }),
        async (c) => {
          const target = importTarget(c, c.req.valid('query'));
          const records = parseFile(c.req.header('content-type'), await c.req.text(), target);
          const results = await createAll(c, helpers, records);
          const created = results.filter((result) => result.status === 'created').length;
          await deps.store.audit.append(tenantOf(c), {
            resellerId: c.var.principal.resellerId,
            actor: c.var.principal.actor,
            action: 'contact.import',
            targetType: 'contact',
            targetId: target.ownerUserId ?? target.scope,
            before: null,
            after: { ...target, created, failed: results.length - created },
            requestId: c.var.requestId,
          });
          return c.json({ created, failed: results.length - created, results }, 200);
        },
      );

      app.openapi(
        createRoute({
          method: 'get',
          path: `${helpers.base}/export`,
          tags: helpers.tags,
          summary: 'Export contacts as CSV',
          description: `The T640 CSV (import header, UTF-8, CRLF), which imports again unchanged; a user gets their personal contacts. At most ${MAX_EXPORT_CONTACTS} contacts; a larger directory is read through the paged list.`,
          ...guarded(deps, 'contact', 'read'),
          request: { params: tenantParams },
          responses: {
            200: { description: 'The contacts', content: { 'text/csv': { schema: z.string() } } },
            ...commonProblems,
          },
        }),
        async (c) => {
          const contacts = await everyContact(c, helpers);
          c.header('content-disposition', 'attachment; filename="contacts.csv"');
          return c.body(contactsToCsv(contacts), 200, { 'content-type': 'text/csv; charset=utf-8' });
        },
      );
    },
  }).app;
}

/** Where an import goes. A user imports into their own personal directory only. */
function importTarget(
  c: Context<ApiEnv>,
  query: { scope?: 'global' | 'personal' | undefined; ownerUserId?: string | undefined },
): ImportTarget {
  if (c.var.access === 'own') {
    const self = ownUserId(c);
    const denied = [
      ...(query.scope === 'global' ? ['scope'] : []),
      ...(query.ownerUserId !== undefined && query.ownerUserId !== self ? ['ownerUserId'] : []),
    ];
    if (denied.length > 0) {
      throw forbiddenFields(denied, 'you may import only into your personal contacts', (field) =>
        field === 'scope' ? 'scope must be personal' : 'ownerUserId must be your own user id',
      );
    }
    return { scope: 'personal', ownerUserId: self };
  }
  const scope = query.scope ?? (query.ownerUserId === undefined ? 'global' : 'personal');
  if (scope === 'personal' && query.ownerUserId === undefined) {
    throw invalidQuery([{ field: 'ownerUserId', message: 'ownerUserId is required for personal contacts' }]);
  }
  if (scope === 'global' && query.ownerUserId !== undefined) {
    throw invalidQuery([{ field: 'ownerUserId', message: 'a global contact has no owner' }]);
  }
  return { scope, ownerUserId: scope === 'personal' ? (query.ownerUserId ?? null) : null };
}

function invalidQuery(errors: ProblemField[]) {
  return new ApiError({
    status: 400,
    title: 'Bad Request',
    code: 'validation-failed',
    detail: 'the request query is not valid',
    errors,
  });
}

function parseFile(contentType: string | undefined, text: string, target: ImportTarget): ImportRecord[] {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  try {
    if (CSV_TYPES.includes(type)) return parseContactCsv(text, target);
    if (VCARD_TYPES.includes(type)) return parseVcards(text, target);
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    throw new ApiError({
      status: 422,
      title: 'Unprocessable Content',
      code: 'unreadable-file',
      detail: error.message,
      errors: [{ field: 'file', message: error.message }],
    });
  }
  throw new ApiError({
    status: 415,
    title: 'Unsupported Media Type',
    code: 'unsupported-media-type',
    detail: 'send the file as text/vcard or text/csv',
  });
}

/** Validates and creates each record, a few at a time, keeping file order in the report. */
async function createAll(
  c: Context<ApiEnv>,
  helpers: ResourceHelpers<Contact>,
  records: readonly ImportRecord[],
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (let start = 0; start < records.length; start += IMPORT_CONCURRENCY) {
    const batch = records.slice(start, start + IMPORT_CONCURRENCY);
    results.push(...(await Promise.all(batch.map((record) => createOne(c, helpers, record)))));
  }
  return results;
}

async function createOne(
  c: Context<ApiEnv>,
  helpers: ResourceHelpers<Contact>,
  record: ImportRecord,
): Promise<ImportResult> {
  const { record: position, line } = record;
  if ('error' in record) {
    return { record: position, line, status: 'failed', errors: [{ field: 'file', message: record.error }] };
  }
  const parsed = createContactInputSchema.safeParse(record.input);
  if (!parsed.success) {
    return { record: position, line, status: 'failed', errors: zodFields(parsed.error, record.input) };
  }
  const contact = await helpers.repository.create(tenantOf(c), parsed.data);
  return { record: position, line, status: 'created', id: contact.id };
}

async function everyContact(c: Context<ApiEnv>, helpers: ResourceHelpers<Contact>): Promise<Contact[]> {
  const scope = tenantOf(c);
  const own = c.var.access === 'own' ? ownUserId(c) : undefined;
  const contacts: Contact[] = [];
  let cursor: string | undefined;
  do {
    const request = { limit: 100, ...(cursor === undefined ? {} : { cursor }) };
    const page =
      own === undefined
        ? await helpers.repository.list(scope, request)
        : await ownContacts(helpers, scope, own, request);
    contacts.push(...page.items);
    if (contacts.length > MAX_EXPORT_CONTACTS) {
      throw new ApiError({
        status: 422,
        title: 'Unprocessable Content',
        code: 'export-too-large',
        detail: `more than ${MAX_EXPORT_CONTACTS} contacts: read them through the paged list instead`,
      });
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return contacts;
}

function ownContacts(
  helpers: ResourceHelpers<Contact>,
  scope: { tenantId: string },
  userId: string,
  request: { limit: number; cursor?: string },
) {
  const listByOwner = helpers.repository.listByOwner;
  if (listByOwner === undefined) throw new Error('contacts have no owner index');
  return listByOwner.call(helpers.repository, scope, userId, request);
}

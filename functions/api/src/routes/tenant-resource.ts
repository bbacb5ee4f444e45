import type { Resource } from '@carillon/domain';
import type {
  ItemPatch,
  NewItem,
  Page,
  PageRequest,
  Store,
  TenantOwnedItem,
  TenantScope,
  WriteCondition,
} from '@carillon/store';
import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '../auth/authorize';
import { etagOf, expectedVersion } from '../conventions/etag';
import { idempotency } from '../conventions/idempotency';
import { listQuerySchema, pageSchema } from '../conventions/pagination';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { ApiError } from '../http/problem';
import { validationHook } from '../http/validation-hook';
import {
  commonProblems,
  guarded,
  idempotencyHeaders,
  idParam,
  ifMatchHeaders,
  tenantParams,
  writeProblems,
} from './common';

/** What the factory needs of a repository; `TenantRepository` and its subclasses have it. */
export interface ResourceRepository<T extends TenantOwnedItem> {
  get(scope: TenantScope, id: string): Promise<T>;
  list(scope: TenantScope, page?: PageRequest): Promise<Page<T>>;
  create(scope: TenantScope, input: NewItem<T>, options?: { id?: string }): Promise<T>;
  update(scope: TenantScope, id: string, patch: ItemPatch<T>, condition: WriteCondition): Promise<T>;
  delete(scope: TenantScope, id: string, condition: WriteCondition): Promise<void>;
  /** Needed for resources with `own` access (OwnedTenantRepository). */
  listByOwner?(scope: TenantScope, userId: string, page?: PageRequest): Promise<Page<T>>;
}

/** What a hook of a resource module gets besides its input. */
export interface HookContext {
  readonly c: Context<ApiEnv>;
  readonly deps: ApiDeps;
  readonly scope: TenantScope;
}

/** The stored item a create makes, and what the response shows once besides the record (e.g. a generated password). */
export interface PreparedCreate<T> {
  readonly item: NewItem<T>;
  /** The id to create the item under, when a hook needed it before (e.g. to bind a sealed secret to it). */
  readonly id?: string;
  /** Merged into the 201 body only: never stored, never in a later read. */
  readonly reveal?: Readonly<Record<string, unknown>>;
}

/**
 * `own` access (ROLE_GRANTS): a principal with `access === 'own'` lists,
 * reads, changes and deletes only the items `ownerOf` names it as owner of,
 * and may create only items it owns. Anything else is 404 (not 403), as
 * another tenant's id would be.
 */
export interface OwnAccess<T> {
  readonly ownerOf: (item: T | NewItem<T>) => string | null;
  /** The input field that names the owner, for the 403 of a create for someone else. */
  readonly ownerField: string;
  /** Fields an owner may change; absent = every field of the update schema. */
  readonly selfServiceFields?: readonly string[];
}

export interface TenantResourceSpec<T extends TenantOwnedItem, C extends z.ZodType, U extends z.ZodType> {
  /** The grant (rights.ts RESOURCES) every route of the resource is guarded with. */
  readonly resource: Resource;
  /** Path segment under `/tenants/{tenantId}/`, e.g. `outbound-routes`. */
  readonly segment: string;
  /** Path parameter of one item, e.g. `outboundRouteId`, and an example id. */
  readonly idParam: { readonly name: string; readonly example: string };
  /** OpenAPI component name of the record (`OutboundRoute`); the page is `<name>Page`. */
  readonly schemaName: string;
  /** OpenAPI tag (`Outbound routes`). */
  readonly tag: string;
  /** Singular and plural for summaries (`outbound route`, `outbound routes`). */
  readonly noun: readonly [singular: string, plural: string];
  /** What the resource is, with its manual references; shown on the list route. */
  readonly description: string;
  readonly repository: (store: Store) => ResourceRepository<T>;
  readonly createSchema: C;
  readonly updateSchema: U;
  /** The public record; must not contain a secret. */
  readonly outputSchema: z.ZodType;
  /** The record as `outputSchema` describes it; default: the stored item. */
  readonly toOutput?: (item: T) => Record<string, unknown>;
  /** Turns the validated create input into the stored item; default: the input as it is. */
  readonly prepareCreate?: (input: z.output<C>, context: HookContext) => Promise<PreparedCreate<T>>;
  /** Turns the validated update input into the store's patch; default: the input as it is. */
  readonly preparePatch?: (input: z.output<U>, current: T, context: HookContext) => Promise<ItemPatch<T>>;
  /** Runs after the item is deleted (e.g. to delete its blob). */
  readonly afterDelete?: (item: T, context: HookContext) => Promise<void>;
  /** The 201 schema when the create response reveals something once; default `outputSchema`. */
  readonly createdSchema?: z.ZodType;
  /** Extra description of the create route (what is revealed, what is hashed). */
  readonly createDescription?: string;
  /**
   * The create response as the idempotency record keeps it: a secret revealed
   * once is not stored for replays (the replay omits it).
   */
  readonly redactReplay?: (body: Record<string, unknown>) => Record<string, unknown>;
  readonly own?: OwnAccess<T>;
  /**
   * The resource's own routes (actions, import/export), mounted before the
   * CRUD routes so that a fixed segment such as `/contacts/export` is not
   * taken for an item id.
   */
  readonly actions?: (app: OpenAPIHono<ApiEnv>, helpers: ResourceHelpers<T>) => void;
}

/** What a resource module's own routes use, so they behave as the CRUD routes do. */
export interface ResourceHelpers<T extends TenantOwnedItem> {
  readonly repository: ResourceRepository<T>;
  /** The item if the principal may see it (tenant, `own` access), else 404. */
  readonly reachable: (c: Context<ApiEnv>, id: string) => Promise<T>;
  readonly audit: (
    c: Context<ApiEnv>,
    action: string,
    targetId: string,
    before: T | null,
    after: T | null,
  ) => Promise<void>;
  readonly toOutput: (item: T) => Record<string, unknown>;
  readonly base: string;
  readonly itemPath: string;
  readonly itemParams: z.ZodObject;
  readonly tags: string[];
  readonly output: z.ZodType;
}

/** The tenant of the path; `authorize` has already checked that the principal reaches it. */
export function tenantOf(c: Context<ApiEnv>): TenantScope {
  return { tenantId: c.req.param('tenantId') ?? '' };
}

/** The calling user for `own` access; principals without a user own nothing. */
export function ownUserId(c: Context<ApiEnv>): string {
  const userId = c.var.principal.userId;
  if (userId === null) throw notFound();
  return userId;
}

export function forbiddenFields(
  fields: readonly string[],
  detail: string,
  message: (field: string) => string,
) {
  return new ApiError({
    status: 403,
    title: 'Forbidden',
    code: 'forbidden',
    detail,
    errors: fields.map((field) => ({ field, message: message(field) })),
  });
}

/** A response body as JSON without secrets: parsed by the output schema, so an unknown field never slips out. */
function publicRecord(schema: z.ZodType, record: Record<string, unknown>): Record<string, unknown> {
  return schema.parse(record) as Record<string, unknown>;
}

/**
 * CRUD + list of one tenant-owned resource under `/tenants/{tenantId}/<segment>`,
 * the same way users.ts does it: `guarded` on every route, If-Match on PATCH
 * and DELETE (428/412), Idempotency-Key on POST, cursor pages, problem+json,
 * an audit entry per change with the public records before and after, and
 * `own` access where the role table gives it. Returns the app, so the
 * resource's module can add its own actions, and the helpers they need.
 */
export function tenantResource<T extends TenantOwnedItem, C extends z.ZodType, U extends z.ZodType>(
  deps: ApiDeps,
  spec: TenantResourceSpec<T, C, U>,
) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const repository = spec.repository(deps.store);
  const [singular, plural] = spec.noun;
  const base = `/tenants/{tenantId}/${spec.segment}`;
  const itemPath = `${base}/{${spec.idParam.name}}`;
  const itemParams = tenantParams.extend({
    [spec.idParam.name]: idParam(spec.idParam.name, spec.idParam.example),
  });
  const output = spec.outputSchema.meta({ id: spec.schemaName });
  const page = pageSchema(output, `${spec.schemaName}Page`);
  const created = spec.createdSchema?.meta({ id: `${spec.schemaName}Created` }) ?? output;
  const tags = [spec.tag];
  const toOutput = (item: T) =>
    publicRecord(spec.outputSchema, spec.toOutput?.(item) ?? ({ ...item } as Record<string, unknown>));
  const json = (schema: z.ZodType) => ({ 'application/json': { schema } });
  const idOf = (c: Context<ApiEnv>) => c.req.param(spec.idParam.name) ?? '';

  /** The item if the principal may see it: in the tenant and, for `own` access, the principal's own. */
  async function reachable(c: Context<ApiEnv>, id: string): Promise<T> {
    const item = await repository.get(tenantOf(c), id);
    if (c.var.access === 'own' && spec.own?.ownerOf(item) !== ownUserId(c)) throw notFound();
    return item;
  }

  async function audit(
    c: Context<ApiEnv>,
    action: string,
    targetId: string,
    before: T | null,
    after: T | null,
  ) {
    await deps.store.audit.append(tenantOf(c), {
      resellerId: c.var.principal.resellerId,
      actor: c.var.principal.actor,
      action: `${spec.resource}.${action}`,
      targetType: spec.resource,
      targetId,
      before: before === null ? null : toOutput(before),
      after: after === null ? null : toOutput(after),
      requestId: c.var.requestId,
    });
  }

  const context = (c: Context<ApiEnv>): HookContext => ({ c, deps, scope: tenantOf(c) });
  spec.actions?.(app, { repository, reachable, audit, toOutput, base, itemPath, itemParams, tags, output });
  const redact = spec.redactReplay;
  const replayOptions =
    redact === undefined
      ? {}
      : { storedBody: (body: string) => JSON.stringify(redact(JSON.parse(body) as Record<string, unknown>)) };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: `List the ${plural} of a tenant`,
      description: spec.description,
      ...guarded(deps, spec.resource, 'read'),
      request: { params: tenantParams, query: listQuerySchema },
      responses: { 200: { description: `One page of ${plural}`, content: json(page) }, ...commonProblems },
    }),
    async (c) => {
      const scope = tenantOf(c);
      const { limit, cursor } = c.req.valid('query');
      const request = { limit, ...(cursor === undefined ? {} : { cursor }) };
      let result: Page<T>;
      if (c.var.access === 'own') {
        if (repository.listByOwner === undefined) throw new Error(`${spec.resource} has no owner index`);
        result = await repository.listByOwner(scope, ownUserId(c), request);
      } else {
        result = await repository.list(scope, request);
      }
      return c.json(
        {
          items: result.items.map(toOutput),
          ...(result.nextCursor === undefined ? {} : { nextCursor: result.nextCursor }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Create ${article(singular)} ${singular}`,
      ...(spec.createDescription === undefined ? {} : { description: spec.createDescription }),
      ...guarded(deps, spec.resource, 'create', [idempotency(deps, replayOptions)]),
      request: {
        params: tenantParams,
        headers: idempotencyHeaders,
        body: { required: true, content: json(spec.createSchema) },
      },
      responses: { 201: { description: `The new ${singular}`, content: json(created) }, ...writeProblems },
    }),
    async (c) => {
      const scope = tenantOf(c);
      const input = c.req.valid('json') as z.output<C>;
      const prepared: PreparedCreate<T> = spec.prepareCreate
        ? await spec.prepareCreate(input, context(c))
        : { item: input as unknown as NewItem<T> };
      if (
        c.var.access === 'own' &&
        spec.own !== undefined &&
        spec.own.ownerOf(prepared.item) !== ownUserId(c)
      ) {
        throw forbiddenFields(
          [spec.own.ownerField],
          `you may create only your own ${plural}`,
          (field) => `${field} must be your own user id`,
        );
      }
      const item = await repository.create(
        scope,
        prepared.item,
        prepared.id === undefined ? {} : { id: prepared.id },
      );
      await audit(c, 'create', item.id, null, item);
      c.header('etag', etagOf(item.version));
      c.header('location', `/v1/tenants/${scope.tenantId}/${spec.segment}/${item.id}`);
      return c.json({ ...toOutput(item), ...prepared.reveal }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: itemPath,
      tags,
      summary: `Read ${article(singular)} ${singular}`,
      ...guarded(deps, spec.resource, 'read'),
      request: { params: itemParams },
      responses: {
        200: { description: `The ${singular}; ETag carries its version`, content: json(output) },
        ...commonProblems,
      },
    }),
    async (c) => {
      const item = await reachable(c, idOf(c));
      c.header('etag', etagOf(item.version));
      return c.json(toOutput(item), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: itemPath,
      tags,
      summary: `Change ${article(singular)} ${singular}`,
      description: `Send If-Match with the ETag you read; 412 when someone changed the ${singular} since.`,
      ...guarded(deps, spec.resource, 'update'),
      request: {
        params: itemParams,
        headers: ifMatchHeaders,
        body: { required: true, content: json(spec.updateSchema) },
      },
      responses: { 200: { description: `The changed ${singular}`, content: json(output) }, ...writeProblems },
    }),
    async (c) => {
      const id = idOf(c);
      const current = await reachable(c, id);
      const input = c.req.valid('json') as z.output<U>;
      const allowed = spec.own?.selfServiceFields;
      if (c.var.access === 'own' && allowed !== undefined) {
        const denied = Object.keys(input as object).filter((field) => !allowed.includes(field));
        if (denied.length > 0) {
          throw forbiddenFields(
            denied,
            'only an administrator may change these fields',
            (field) => `${field} can only be changed by an administrator`,
          );
        }
      }
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      const patch = spec.preparePatch
        ? await spec.preparePatch(input, current, context(c))
        : (input as unknown as ItemPatch<T>);
      const item = await repository.update(tenantOf(c), id, patch, { expectedVersion: version });
      if (c.var.access === 'own' && spec.own?.ownerOf(item) !== ownUserId(c)) {
        // Unreachable while owner fields are not self-service; kept as the second lock.
        throw new Error(`${spec.resource} ${id} changed owner through an own-access update`);
      }
      await audit(c, 'update', item.id, current, item);
      c.header('etag', etagOf(item.version));
      return c.json(toOutput(item), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: itemPath,
      tags,
      summary: `Delete ${article(singular)} ${singular}`,
      ...guarded(deps, spec.resource, 'delete'),
      request: { params: itemParams, headers: ifMatchHeaders },
      responses: { 204: { description: 'Deleted' }, ...writeProblems },
    }),
    async (c) => {
      const id = idOf(c);
      const current = await reachable(c, id);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      await repository.delete(tenantOf(c), id, { expectedVersion: version });
      await audit(c, 'delete', id, current, null);
      await spec.afterDelete?.(current, context(c));
      return c.body(null, 204);
    },
  );

  return { app, repository, reachable, audit, toOutput, itemPath, itemParams, tags };
}

function article(noun: string): 'a' | 'an' {
  return /^[aeiou]/i.test(noun) && !/^u[^n]/i.test(noun) ? 'an' : 'a';
}

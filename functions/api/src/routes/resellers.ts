import {
  createResellerInputSchema,
  type Reseller,
  resellerSchema,
  updateResellerInputSchema,
} from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
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
  writeProblems,
} from './common';

const resellerOutput = resellerSchema.meta({ id: 'Reseller' });
const resellerPage = pageSchema(resellerOutput, 'ResellerPage');
const json = (schema: typeof resellerOutput) => ({ 'application/json': { schema } });
const resellerParams = z.object({ resellerId: idParam('resellerId', 'rsl_0123456789abcdefghjkmnpqrs') });

/** The parent is the path's (or none, for the operator's top-level resellers); status starts active. */
const createResellerBody = createResellerInputSchema.omit({ parentResellerId: true, status: true });

/** Fields of its own record a reseller's admins may not change: the parent (or the operator) sets them. */
const PARENT_ONLY_FIELDS = ['status', 'limits'] as const;

/** Levels of resellers below the platform the domain allows (ResellerLimits.maxSubResellerDepth ≤ 5). */
const MAX_DEPTH = 6;

const tags = ['Resellers'];

/**
 * Resellers and sub-resellers. The operator creates top-level resellers
 * (`POST /resellers`); a reseller's admins create sub-resellers below it
 * (`POST /resellers/{resellerId}/resellers`) within the depth its limits
 * allow. A reseller admin reaches its own reseller and every reseller below
 * it (authorize: branch check), nothing else — other branches answer 404.
 */
export function resellerRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/resellers',
      tags,
      summary: 'List resellers',
      description:
        'The operator sees every reseller; a reseller admin sees its own reseller (its sub-resellers are under `/resellers/{resellerId}/resellers`).',
      ...guarded(deps, 'reseller', 'read'),
      request: { query: listQuerySchema },
      responses: {
        200: {
          description: 'One page of resellers',
          content: { 'application/json': { schema: resellerPage } },
        },
        ...commonProblems,
      },
    }),
    async (c) => {
      const principal = c.var.principal;
      if (principal.role !== 'operator') {
        const own =
          principal.resellerId === null ? undefined : await store.resellers.find(principal.resellerId);
        return c.json({ items: own === undefined ? [] : [own] }, 200);
      }
      const { limit, cursor } = c.req.valid('query');
      const page = await store.resellers.list({ limit, ...(cursor === undefined ? {} : { cursor }) });
      return c.json(pageOf(page), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/resellers',
      tags,
      summary: 'Create a top-level reseller (operator only)',
      ...guarded(deps, 'reseller', 'create', [idempotency(deps)]),
      request: {
        headers: idempotencyHeaders,
        body: { required: true, content: { 'application/json': { schema: createResellerBody } } },
      },
      responses: {
        201: { description: 'The new reseller', content: json(resellerOutput) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      if (c.var.principal.role !== 'operator') {
        throw new ApiError({
          status: 403,
          title: 'Forbidden',
          code: 'forbidden',
          detail:
            'only the platform operator creates top-level resellers; use /resellers/{resellerId}/resellers',
        });
      }
      const reseller = await store.resellers.create({ ...input, parentResellerId: null, status: 'active' });
      await audit(c, 'reseller.create', reseller, null, reseller);
      c.header('etag', etagOf(reseller.version));
      c.header('location', `/v1/resellers/${reseller.id}`);
      return c.json(reseller, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/resellers/{resellerId}',
      tags,
      summary: 'Read a reseller',
      ...guarded(deps, 'reseller', 'read'),
      request: { params: resellerParams },
      responses: {
        200: { description: 'The reseller; ETag carries its version', content: json(resellerOutput) },
        ...commonProblems,
      },
    }),
    async (c) => {
      const reseller = await store.resellers.get(c.req.valid('param').resellerId);
      c.header('etag', etagOf(reseller.version));
      return c.json(reseller, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/resellers/{resellerId}',
      tags,
      summary: 'Change a reseller',
      description:
        'Status `suspended` refuses the reseller’s own keys (403 account-suspended) until it is set back to `active`. A reseller’s admins may change its name and contact but not its own status or limits.',
      ...guarded(deps, 'reseller', 'update'),
      request: {
        params: resellerParams,
        headers: ifMatchHeaders,
        body: { required: true, content: { 'application/json': { schema: updateResellerInputSchema } } },
      },
      responses: {
        200: { description: 'The changed reseller', content: json(resellerOutput) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const patch = c.req.valid('json');
      if (isOwnRoot(c, resellerId)) {
        const denied = PARENT_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
        if (denied.length > 0) {
          throw new ApiError({
            status: 403,
            title: 'Forbidden',
            code: 'forbidden',
            detail: 'a reseller’s status and limits are set by its parent reseller or the operator',
            errors: denied.map((field) => ({ field, message: `${field} is set by the parent reseller` })),
          });
        }
      }
      const current = await store.resellers.get(resellerId);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      const reseller = await store.resellers.update(resellerId, patch, { expectedVersion: version });
      await audit(c, 'reseller.update', reseller, current, reseller);
      c.header('etag', etagOf(reseller.version));
      return c.json(reseller, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/resellers/{resellerId}',
      tags,
      summary: 'Delete a reseller',
      description:
        'Only a reseller without tenants and without sub-resellers (409 otherwise), by its parent’s admins or the operator.',
      ...guarded(deps, 'reseller', 'delete'),
      request: { params: resellerParams, headers: ifMatchHeaders },
      responses: { 204: { description: 'Deleted' }, ...writeProblems },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const current = await store.resellers.get(resellerId);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      if (isOwnRoot(c, resellerId)) {
        throw new ApiError({
          status: 403,
          title: 'Forbidden',
          code: 'forbidden',
          detail: 'a reseller is deleted by its parent reseller or the operator',
        });
      }
      const [tenants, children] = await Promise.all([
        store.tenants.listByReseller(resellerId, { limit: 1 }),
        store.resellers.listChildren(resellerId, { limit: 1 }),
      ]);
      if (tenants.items.length > 0 || children.items.length > 0) {
        throw new ApiError({
          status: 409,
          title: 'Conflict',
          code: 'reseller-not-empty',
          detail: 'delete or move the reseller’s tenants and sub-resellers first',
        });
      }
      await store.resellers.delete(resellerId, { expectedVersion: version });
      await audit(c, 'reseller.delete', current, current, null);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/resellers/{resellerId}/resellers',
      tags,
      summary: 'List the sub-resellers directly below a reseller',
      ...guarded(deps, 'reseller', 'read'),
      request: { params: resellerParams, query: listQuerySchema },
      responses: {
        200: {
          description: 'One page of sub-resellers',
          content: { 'application/json': { schema: resellerPage } },
        },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const { limit, cursor } = c.req.valid('query');
      const page = await store.resellers.listChildren(resellerId, {
        limit,
        ...(cursor === undefined ? {} : { cursor }),
      });
      return c.json(pageOf(page), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/resellers/{resellerId}/resellers',
      tags,
      summary: 'Create a sub-reseller',
      description:
        'Allowed while every reseller above stays within its `limits.maxSubResellerDepth` (422 naming `parentResellerId` otherwise).',
      ...guarded(deps, 'reseller', 'create', [idempotency(deps)]),
      request: {
        params: resellerParams,
        headers: idempotencyHeaders,
        body: { required: true, content: { 'application/json': { schema: createResellerBody } } },
      },
      responses: {
        201: { description: 'The new sub-reseller', content: json(resellerOutput) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const input = c.req.valid('json');
      await checkDepth(resellerId);
      const reseller = await store.resellers.create({
        ...input,
        parentResellerId: resellerId,
        status: 'active',
      });
      await audit(c, 'reseller.create', reseller, null, reseller);
      c.header('etag', etagOf(reseller.version));
      c.header('location', `/v1/resellers/${reseller.id}`);
      return c.json(reseller, 201);
    },
  );

  /** Whether the path's reseller is the calling reseller admin's own (the root of its branch). */
  function isOwnRoot(c: Context<ApiEnv>, resellerId: string): boolean {
    return c.var.principal.role === 'reseller-admin' && c.var.principal.resellerId === resellerId;
  }

  /** Every ancestor at distance d from the new child must allow d levels below it. */
  async function checkDepth(parentId: string): Promise<void> {
    let current: Reseller | undefined = await store.resellers.get(parentId);
    for (let distance = 1; current !== undefined; distance += 1) {
      if (distance >= MAX_DEPTH || current.limits.maxSubResellerDepth < distance) {
        throw new ApiError({
          status: 422,
          title: 'Unprocessable Content',
          code: 'validation-failed',
          detail: 'the reseller may not have sub-resellers this deep',
          errors: [
            {
              field: 'parentResellerId',
              message: `reseller ${current.id} allows ${current.limits.maxSubResellerDepth} sub-reseller levels`,
            },
          ],
        });
      }
      current =
        current.parentResellerId === null ? undefined : await store.resellers.find(current.parentResellerId);
    }
  }

  async function audit(
    c: Context<ApiEnv>,
    action: string,
    target: Reseller,
    before: Reseller | null,
    after: Reseller | null,
  ) {
    // The store's audit trail is per tenant; reseller changes go to the log (as reseller webhooks do) until it has a platform trail.
    c.var.log.info(
      {
        audit: true,
        action,
        targetType: 'reseller',
        targetId: target.id,
        parentResellerId: target.parentResellerId,
        actor: c.var.principal.actor,
        before,
        after,
      },
      'reseller audit',
    );
  }

  return app;
}

function pageOf(page: { items: Reseller[]; nextCursor?: string }) {
  return { items: page.items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
}

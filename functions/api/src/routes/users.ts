import { hashPassword } from '@carillon/auth';
import {
  createUserInputSchema,
  toUserOutput,
  type User,
  updateUserInputSchema,
  userOutputSchema,
} from '@carillon/domain';
import type { TenantScope } from '@carillon/store';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
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

const userOutput = userOutputSchema.meta({ id: 'User' });
const userPage = pageSchema(userOutput, 'UserPage');
const userIdParam = idParam('userId', 'usr_0123456789abcdefghjkmnpqrs');
const json = (schema: typeof userOutput) => ({ 'application/json': { schema } });

/** Fields a user may change on their own record (self-service); role and rights are the admin's. */
const SELF_SERVICE_FIELDS = new Set(['firstName', 'lastName', 'language', 'pin', 'hideFromDirectory']);

const tags = ['Users'];
const base = '/tenants/{tenantId}/users';

/** Users of a tenant (T640 manual L820-900): list, read, create, change, delete. */
export function userRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List the users of a tenant',
      ...guarded(deps, 'user', 'read'),
      request: { params: tenantParams, query: listQuerySchema },
      responses: {
        200: { description: 'One page of users', content: { 'application/json': { schema: userPage } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const scope = tenantOf(c);
      if (c.var.access === 'own') {
        // A user sees only themself in the list: one page, no cursor.
        const self = await store.users.find(scope, ownUserId(c));
        return c.json({ items: self === undefined ? [] : [toUserOutput(self)] }, 200);
      }
      const { limit, cursor } = c.req.valid('query');
      const page = await store.users.list(scope, { limit, ...(cursor === undefined ? {} : { cursor }) });
      return c.json(
        {
          items: page.items.map(toUserOutput),
          ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
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
      summary: 'Create a user',
      description: 'The password, if given, is hashed with argon2id; no hash is ever returned.',
      ...guarded(deps, 'user', 'create', [idempotency(deps)]),
      request: {
        params: tenantParams,
        headers: idempotencyHeaders,
        body: { required: true, content: { 'application/json': { schema: createUserInputSchema } } },
      },
      responses: { 201: { description: 'The new user', content: json(userOutput) }, ...writeProblems },
    }),
    async (c) => {
      const scope = tenantOf(c);
      const { password, pin, ...input } = c.req.valid('json');
      const user = await store.users.create(scope, {
        ...input,
        passwordHash: password === undefined ? null : await hashPassword(password),
        pinHash: pin === undefined ? null : await hashPassword(pin),
        lastLoginAt: null,
      });
      await audit(c, 'user.create', user.id, null, user);
      c.header('etag', etagOf(user.version));
      c.header('location', `/v1/tenants/${scope.tenantId}/users/${user.id}`);
      return c.json(toUserOutput(user), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{userId}`,
      tags,
      summary: 'Read a user',
      ...guarded(deps, 'user', 'read'),
      request: { params: userParams },
      responses: {
        200: { description: 'The user; ETag carries its version', content: json(userOutput) },
        ...commonProblems,
      },
    }),
    async (c) => {
      const user = await reachableUser(c, c.req.valid('param').userId);
      c.header('etag', etagOf(user.version));
      return c.json(toUserOutput(user), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/{userId}`,
      tags,
      summary: 'Change a user',
      description: 'Send If-Match with the ETag you read; 412 when someone changed the user since.',
      ...guarded(deps, 'user', 'update'),
      request: {
        params: userParams,
        headers: ifMatchHeaders,
        body: { required: true, content: { 'application/json': { schema: updateUserInputSchema } } },
      },
      responses: { 200: { description: 'The changed user', content: json(userOutput) }, ...writeProblems },
    }),
    async (c) => {
      const { userId } = c.req.valid('param');
      const current = await reachableUser(c, userId);
      const { pin, ...patch } = c.req.valid('json');
      if (c.var.access === 'own') {
        const denied = Object.keys(c.req.valid('json')).filter((field) => !SELF_SERVICE_FIELDS.has(field));
        if (denied.length > 0) {
          throw new ApiError({
            status: 403,
            title: 'Forbidden',
            code: 'forbidden',
            detail: 'only an administrator may change these fields',
            errors: denied.map((field) => ({
              field,
              message: `${field} can only be changed by an administrator`,
            })),
          });
        }
      }
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      const user = await store.users.update(
        tenantOf(c),
        userId,
        { ...patch, ...(pin === undefined ? {} : { pinHash: await hashPassword(pin) }) },
        { expectedVersion: version },
      );
      await audit(c, 'user.update', user.id, current, user);
      c.header('etag', etagOf(user.version));
      return c.json(toUserOutput(user), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/{userId}`,
      tags,
      summary: 'Delete a user',
      description: 'Releases the extension number, login and e-mail address.',
      ...guarded(deps, 'user', 'delete'),
      request: { params: userParams, headers: ifMatchHeaders },
      responses: { 204: { description: 'Deleted' }, ...writeProblems },
    }),
    async (c) => {
      const { userId } = c.req.valid('param');
      const current = await reachableUser(c, userId);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      await store.users.delete(tenantOf(c), userId, { expectedVersion: version });
      await audit(c, 'user.delete', userId, current, null);
      return c.body(null, 204);
    },
  );

  /** The user if the principal may see it: in the tenant and, for `own` access, the principal's own. */
  async function reachableUser(c: Context<ApiEnv>, userId: string): Promise<User> {
    if (c.var.access === 'own' && userId !== c.var.principal.userId) throw notFound();
    return store.users.get(tenantOf(c), userId);
  }

  async function audit(
    c: Context<ApiEnv>,
    action: string,
    targetId: string,
    before: User | null,
    after: User | null,
  ) {
    await store.audit.append(tenantOf(c), {
      resellerId: c.var.principal.resellerId,
      actor: c.var.principal.actor,
      action,
      targetType: 'user',
      targetId,
      before: before === null ? null : toUserOutput(before),
      after: after === null ? null : toUserOutput(after),
      requestId: c.var.requestId,
    });
  }

  return app;
}

const userParams = tenantParams.extend({ userId: userIdParam });

/** The tenant of the path; `authorize` has already checked that the principal reaches it. */
function tenantOf(c: Context<ApiEnv>): TenantScope {
  return { tenantId: c.req.param('tenantId') ?? '' };
}

function ownUserId(c: Context<ApiEnv>): string {
  const userId = c.var.principal.userId;
  if (userId === null) throw notFound();
  return userId;
}

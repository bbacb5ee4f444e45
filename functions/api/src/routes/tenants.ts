import {
  createTenantInputSchema,
  scheduleTenantDeletion,
  type Tenant,
  type TenantStatus,
  tenantSchema,
  tenantSipDomain,
  updateTenantInputSchema,
} from '@carillon/domain';
import type { Page, PageRequest, TenantScope } from '@carillon/store';
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
  tenantParams,
  writeProblems,
} from './common';
import { forbiddenFields } from './tenant-resource';

const tenantOutput = tenantSchema.meta({ id: 'Tenant' });
const tenantPage = pageSchema(tenantOutput, 'TenantPage');
const json = (schema: typeof tenantOutput) => ({ 'application/json': { schema } });
const resellerParams = z.object({ resellerId: idParam('resellerId', 'rsl_0123456789abcdefghjkmnpqrs') });

/** Counted items of one kind against the tenant's limit (null: no limit). */
const usageCount = z.object({ count: z.number().int(), limit: z.number().int().nullable() });
const tenantUsage = z
  .object({
    tenantId: z.string(),
    users: usageCount,
    devices: usageCount,
    numbers: usageCount,
    /** Only the limit: live calls are the edge's, not the directory's. */
    concurrentCalls: z.object({ limit: z.number().int().nullable() }),
  })
  .openapi('TenantUsage');

/** Items counted per usage figure at most; beyond it `count` says "at least". Bounds the cost of one request. */
const USAGE_COUNT_CAP = 10_000;
const COUNT_PAGE = 100;

const tags = ['Tenants'];

/** A state change: from which statuses, to which, and its audit verb. */
interface Transition {
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly from: readonly TenantStatus[];
  readonly verb: string;
}

const TRANSITIONS: readonly Transition[] = [
  {
    path: '/tenants/{tenantId}/suspend',
    summary: 'Suspend a tenant',
    description:
      'The tenant’s users and API keys are refused (403 account-suspended) from the next request on; its reseller and the operator still reach it. Send If-Match.',
    from: ['active'],
    verb: 'suspend',
  },
  {
    path: '/tenants/{tenantId}/resume',
    summary: 'Resume a suspended tenant',
    description: 'Its users and keys work again. Send If-Match.',
    from: ['suspended'],
    verb: 'resume',
  },
  {
    path: '/tenants/{tenantId}/restore',
    summary: 'Restore a tenant deleted within its grace period',
    description: 'Before `deletionScheduledAt` only; afterwards the purge removes it. Send If-Match.',
    from: ['deleted-pending'],
    verb: 'restore',
  },
];

/**
 * Tenants: created and listed under their reseller, read and changed by id
 * (a tenant's own admins may read it; its reseller branch and the operator
 * change it), suspended and resumed, deleted with a grace period
 * (`TENANT_DELETION_GRACE_DAYS`) during which `restore` brings it back; the
 * purge job (jobs/purge-tenants.ts) removes it after that.
 */
export function tenantRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  const { store, config } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/resellers/{resellerId}/tenants',
      tags,
      summary: 'List the tenants of a reseller',
      description: 'Only the reseller’s own tenants, not those of its sub-resellers.',
      ...guarded(deps, 'tenant', 'read'),
      request: { params: resellerParams, query: listQuerySchema },
      responses: {
        200: { description: 'One page of tenants', content: { 'application/json': { schema: tenantPage } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const { limit, cursor } = c.req.valid('query');
      const page = await store.tenants.listByReseller(resellerId, {
        limit,
        ...(cursor === undefined ? {} : { cursor }),
      });
      return c.json(
        { items: page.items, ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/resellers/{resellerId}/tenants',
      tags,
      summary: 'Create a tenant',
      description:
        'The slug names the SIP domain (`<slug>.<platform domain>`) and is unique across the platform (409 naming `slug`); it cannot change later. 409 `limit-reached` when the reseller has as many tenants as its `limits.maxTenants`.',
      ...guarded(deps, 'tenant', 'create', [idempotency(deps)]),
      request: {
        params: resellerParams,
        headers: idempotencyHeaders,
        body: { required: true, content: { 'application/json': { schema: createTenantInputSchema } } },
      },
      responses: { 201: { description: 'The new tenant', content: json(tenantOutput) }, ...writeProblems },
    }),
    async (c) => {
      const { resellerId } = c.req.valid('param');
      const input = c.req.valid('json');
      await checkTenantLimit(resellerId);
      const tenant = await store.tenants.create({
        ...input,
        resellerId,
        sipDomain: tenantSipDomain(input.slug, config.CARILLON_PLATFORM_DOMAIN),
        status: 'active',
        deletionScheduledAt: null,
      });
      await audit(c, tenant.id, 'tenant.create', null, tenant);
      c.header('etag', etagOf(tenant.version));
      c.header('location', `/v1/tenants/${tenant.id}`);
      return c.json(tenant, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tenants/{tenantId}',
      tags,
      summary: 'Read a tenant',
      ...guarded(deps, 'tenant', 'read'),
      request: { params: tenantParams },
      responses: {
        200: { description: 'The tenant; ETag carries its version', content: json(tenantOutput) },
        ...commonProblems,
      },
    }),
    async (c) => {
      const tenant = await store.tenants.get(c.req.valid('param').tenantId);
      c.header('etag', etagOf(tenant.version));
      return c.json(tenant, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/tenants/{tenantId}',
      tags,
      summary: 'Change a tenant',
      description:
        'Name, country, area code, outside-line prefix, numbering range, emergency numbers, time zone, language, e-mail and limits. A tenant admin changes the settings but not the limits (403 naming limits). The status changes through suspend/resume/DELETE/restore.',
      ...guarded(deps, 'tenant', 'update'),
      request: {
        params: tenantParams,
        headers: ifMatchHeaders,
        body: { required: true, content: { 'application/json': { schema: updateTenantInputSchema } } },
      },
      responses: {
        200: { description: 'The changed tenant', content: json(tenantOutput) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const { tenantId } = c.req.valid('param');
      const current = await store.tenants.get(tenantId);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      const patch = c.req.valid('json');
      // Limits are the licence and the toll-fraud guard the reseller sells: not the tenant's to raise.
      if (c.var.principal.role === 'tenant-admin' && patch.limits !== undefined) {
        throw forbiddenFields(
          ['limits'],
          'a tenant admin changes the PBX settings, not its limits',
          () => 'limits are set by the reseller',
        );
      }
      const tenant = await store.tenants.update(tenantId, patch, { expectedVersion: version });
      await audit(c, tenantId, 'tenant.update', current, tenant);
      c.header('etag', etagOf(tenant.version));
      return c.json(tenant, 200);
    },
  );

  for (const transition of TRANSITIONS) {
    app.openapi(
      createRoute({
        method: 'post',
        path: transition.path,
        tags,
        summary: transition.summary,
        description: transition.description,
        // The lifecycle is the reseller's: the same right as deleting the tenant, which a
        // tenant admin (who may change the PBX settings) does not have.
        ...guarded(deps, 'tenant', 'delete'),
        request: { params: tenantParams, headers: ifMatchHeaders },
        responses: {
          200: { description: 'The tenant in its new status', content: json(tenantOutput) },
          ...writeProblems,
        },
      }),
      async (c) => {
        const { tenantId } = c.req.valid('param');
        const current = await store.tenants.get(tenantId);
        const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
        if (!transition.from.includes(current.status)) throw wrongStatus(transition.verb, current.status);
        if (transition.verb === 'restore' && isPastPurgeDate(current, deps.now())) {
          throw wrongStatus(
            transition.verb,
            current.status,
            'the grace period is over; the tenant is being purged',
          );
        }
        const tenant = await store.tenants.update(
          tenantId,
          transition.verb === 'suspend'
            ? { status: 'suspended' }
            : { status: 'active', deletionScheduledAt: null },
          { expectedVersion: version },
        );
        await audit(c, tenantId, `tenant.${transition.verb}`, current, tenant);
        c.header('etag', etagOf(tenant.version));
        return c.json(tenant, 200);
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/tenants/{tenantId}',
      tags,
      summary: 'Delete a tenant (after a grace period)',
      description:
        'Sets the status `deleted-pending` and `deletionScheduledAt` to now + TENANT_DELETION_GRACE_DAYS (default 30). From then on its users and keys are refused; `POST /tenants/{tenantId}/restore` brings it back until that date, after which the purge removes its data.',
      ...guarded(deps, 'tenant', 'delete'),
      request: { params: tenantParams, headers: ifMatchHeaders },
      responses: {
        202: { description: 'Deletion scheduled; the tenant as it is now', content: json(tenantOutput) },
        ...writeProblems,
      },
    }),
    async (c) => {
      const { tenantId } = c.req.valid('param');
      const current = await store.tenants.get(tenantId);
      const version = await expectedVersion(c.req.header('if-match'), async () => current.version);
      if (current.status === 'deleted-pending') throw wrongStatus('delete', current.status);
      const tenant = await store.tenants.update(
        tenantId,
        scheduleTenantDeletion(deps.now(), config.TENANT_DELETION_GRACE_DAYS),
        { expectedVersion: version },
      );
      await audit(c, tenantId, 'tenant.delete', current, tenant);
      c.header('etag', etagOf(tenant.version));
      return c.json(tenant, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tenants/{tenantId}/usage',
      tags,
      summary: 'Usage of a tenant against its limits',
      description: `Users, devices and numbers counted (at most ${USAGE_COUNT_CAP} each) beside the tenant's limits.`,
      ...guarded(deps, 'tenant', 'read'),
      request: { params: tenantParams },
      responses: {
        200: { description: 'Counts and limits', content: { 'application/json': { schema: tenantUsage } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { tenantId } = c.req.valid('param');
      const tenant = await store.tenants.get(tenantId);
      const scope = { tenantId };
      const [users, devices, numbers] = await Promise.all([
        countAll((page) => store.users.list(scope, page)),
        countAll((page) => store.devices.list(scope, page)),
        countAll((page) => store.numbers.list(scope, page)),
      ]);
      return c.json(
        {
          tenantId,
          users: { count: users, limit: tenant.limits.maxUsers },
          devices: { count: devices, limit: null },
          numbers: { count: numbers, limit: null },
          concurrentCalls: { limit: tenant.limits.maxConcurrentCalls },
        },
        200,
      );
    },
  );

  /**
   * The reseller's `limits.maxTenants`, counted over its own tenants (those of
   * its sub-resellers count against their own limits). Deleted-pending
   * tenants count until purged. Two concurrent creates may both pass the
   * count: the limit is a commercial one, not a safety bound.
   */
  async function checkTenantLimit(resellerId: string): Promise<void> {
    const reseller = await store.resellers.get(resellerId);
    const max = reseller.limits.maxTenants;
    if (max === null) return;
    const count = await countAll((page) => store.tenants.listByReseller(resellerId, page));
    if (count >= max) {
      throw new ApiError({
        status: 409,
        title: 'Conflict',
        code: 'limit-reached',
        detail: `the reseller has reached its limit of ${max} tenants`,
        errors: [{ field: 'limits.maxTenants', message: `at most ${max} tenants for this reseller` }],
      });
    }
  }

  async function audit(
    c: Context<ApiEnv>,
    tenantId: string,
    action: string,
    before: Tenant | null,
    after: Tenant | null,
  ) {
    const scope: TenantScope = { tenantId };
    await store.audit.append(scope, {
      resellerId: c.var.principal.resellerId,
      actor: c.var.principal.actor,
      action,
      targetType: 'tenant',
      targetId: tenantId,
      before,
      after,
      requestId: c.var.requestId,
    });
  }

  return app;
}

function isPastPurgeDate(tenant: Tenant, now: Date): boolean {
  return tenant.deletionScheduledAt !== null && Date.parse(tenant.deletionScheduledAt) <= now.getTime();
}

function wrongStatus(verb: string, status: TenantStatus, detail?: string): ApiError {
  return new ApiError({
    status: 409,
    title: 'Conflict',
    code: 'tenant-status-conflict',
    detail: detail ?? `a tenant in status ${status} cannot ${verb}`,
    errors: [{ field: 'status', message: `cannot ${verb} a tenant in status ${status}` }],
  });
}

async function countAll<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await list({ limit: COUNT_PAGE, ...(cursor === undefined ? {} : { cursor }) });
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== undefined && count < USAGE_COUNT_CAP);
  return count;
}

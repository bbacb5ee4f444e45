import { auditEntrySchema, paginationInputSchema } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { pageSchema } from '../conventions/pagination';
import { pagedRange, rangeCursor, timeRangeQuerySchema } from '../conventions/time-range';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { validationHook } from '../http/validation-hook';
import { commonProblems, guarded, tenantParams } from './common';
import { tenantOf } from './tenant-resource';

const auditEntry = auditEntrySchema.meta({ id: 'AuditEntry' });
const auditPage = pageSchema(auditEntry, 'AuditEntryPage');

const text = (name: string, description: string) =>
  z
    .string()
    .min(1, { error: `${name} must not be empty` })
    .max(200, { error: `${name} must be at most 200 characters` })
    .optional()
    .openapi({ description });

const auditQuery = timeRangeQuerySchema
  .extend({
    actorId: text('actorId', 'Who made the change: a user id, API key id or operator identity (`actor.id`)'),
    targetType: z
      .string()
      .regex(/^[a-z][a-z-]*$/, { error: 'targetType must be lower-case words joined by "-", e.g. user' })
      .max(64, { error: 'targetType must be at most 64 characters' })
      .optional()
      .openapi({ description: 'The kind of record changed, e.g. `user`, `trunk`' }),
    targetId: text('targetId', 'The record changed, e.g. a user id'),
  })
  .extend(paginationInputSchema.shape);

/**
 * A tenant's audit trail (who changed what, before and after, when), newest
 * first. Entries are written by every changing route (`store.audit`) and
 * never changed; there is no reseller-level trail yet — the store keeps
 * entries per tenant only.
 */
export function auditRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tenants/{tenantId}/audit',
      tags: ['Audit'],
      summary: "List a tenant's audit trail, newest first",
      description:
        'Changes made in [from, to), filtered by actor, target type and target; `before`/`after` hold the output form of the record (never a secret).',
      ...guarded(deps, 'audit-entry', 'read'),
      request: { params: tenantParams, query: auditQuery },
      responses: {
        200: { description: 'One page of entries', content: { 'application/json': { schema: auditPage } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { limit, cursor: given, actorId, targetType, targetId, from, to } = c.req.valid('query');
      const { range, cursor } = pagedRange({ from, to, cursor: given }, deps.now());
      const page = await deps.store.audit.search(
        tenantOf(c),
        range,
        {
          ...(actorId === undefined ? {} : { actorId }),
          ...(targetType === undefined ? {} : { targetType }),
          ...(targetId === undefined ? {} : { targetId }),
        },
        { limit, ...(cursor === undefined ? {} : { cursor }) },
      );
      return c.json(
        {
          items: page.items,
          ...(page.nextCursor === undefined ? {} : { nextCursor: rangeCursor(range, page.nextCursor) }),
        },
        200,
      );
    },
  );

  return app;
}

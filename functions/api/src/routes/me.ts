import { roleSchema, toUserOutput, userOutputSchema } from '@carillon/domain';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { validationHook } from '../http/validation-hook';
import { commonProblems, guarded } from './common';

const meSchema = z
  .object({
    via: z.enum(['session', 'api-key']).openapi({ description: 'How the caller authenticated' }),
    role: roleSchema,
    tenantId: z.string().nullable().openapi({ description: 'The tenant the caller belongs to, if any' }),
    resellerId: z.string().nullable().openapi({ description: 'The reseller the caller belongs to, if any' }),
    user: userOutputSchema
      .nullable()
      .openapi({ description: 'The user behind a portal session; null for an API key' }),
  })
  .openapi('Me');

/**
 * Who is calling: what the portal needs to choose its views (role, tenant)
 * after a page load, when only the httpOnly session cookie is left. Read on
 * every call, so a changed role shows at once.
 */
export function meRoutes(deps: ApiDeps) {
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Session'],
      summary: 'The caller: role, tenant and, for a portal session, the user',
      // Every role may read its own user record; an API key needs a users scope.
      ...guarded(deps, 'user', 'read'),
      responses: {
        200: { description: 'The caller', content: { 'application/json': { schema: meSchema } } },
        ...commonProblems,
      },
    }),
    async (c) => {
      const { via, role, tenantId, resellerId, userId } = c.var.principal;
      const user =
        userId === null || tenantId === null ? undefined : await deps.store.users.find({ tenantId }, userId);
      return c.json(
        { via, role, tenantId, resellerId, user: user === undefined ? null : toUserOutput(user) },
        200,
      );
    },
  );

  return app;
}

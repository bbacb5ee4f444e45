import type { Action, Resource } from '@carillon/domain';
import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { authorize } from '../auth/authorize';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { PROBLEM_CONTENT_TYPE, problemSchema } from '../http/problem';

/** Path parameters are plain strings: a malformed id is as unknown as a well-formed one (404, not 400). */
export const tenantIdParam = z.string().openapi({
  param: { name: 'tenantId', in: 'path' },
  example: 'tnt_0123456789abcdefghjkmnpqrs',
});

export const tenantParams = z.object({ tenantId: tenantIdParam });

export function idParam(name: string, example: string) {
  return z.string().openapi({ param: { name, in: 'path' }, example });
}

export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'ETag from the last read (required; `*` for any version)' }),
});

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({ description: 'Repeat a POST safely: the same key returns the first result' }),
});

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
});

/** The problem responses every authenticated route can give. */
export const commonProblems = {
  400: problem('Malformed request (JSON, query, cursor)'),
  401: problem('Not authenticated'),
  403: problem('Role or API key scope does not allow this'),
  404: problem('No such resource in reach'),
  500: problem('Server error'),
} as const;

export const writeProblems = {
  ...commonProblems,
  409: problem('A unique value is taken, or a request with this Idempotency-Key is running'),
  412: problem('If-Match does not match the current version'),
  415: problem('Body is not application/json'),
  422: problem('Invalid fields (each named in errors)'),
  428: problem('If-Match is required'),
} as const;

export const bearerSecurity: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];

/** OpenAPI extension naming the grant a route needs; the generated authorisation test reads it. */
export const AUTHORIZATION_EXTENSION = 'x-carillon-authorization';

export interface RouteGrant {
  readonly resource: Resource;
  readonly action: Action;
}

/**
 * The one way a route says who may call it: spread into `createRoute({...})`.
 * It mounts `authorize` first (then `extra`, e.g. idempotency) and records the
 * same grant in the OpenAPI document, so the document, the check and the
 * generated role×route test cannot disagree.
 */
export function guarded(
  deps: ApiDeps,
  resource: Resource,
  action: Action,
  extra: MiddlewareHandler<ApiEnv>[] = [],
) {
  return {
    security: bearerSecurity,
    middleware: [authorize(deps, resource, action), ...extra],
    [AUTHORIZATION_EXTENSION]: { resource, action } satisfies RouteGrant,
  };
}

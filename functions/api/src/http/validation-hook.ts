import type { OpenAPIHonoOptions } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { ApiEnv } from '../env';
import { ApiError, type ProblemField } from './problem';
import { statusTitle } from './status-titles';

/** What was sent at `path`, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * Zod issues as named fields. A field that is absent gets "is required":
 * the domain's type messages ("login must be a string") read oddly for a
 * field the client did not send at all.
 */
export function zodFields(error: z.ZodError, input: unknown): ProblemField[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const missing =
      issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return { field, message: missing ? `${field} is required` : issue.message };
  });
}

/**
 * zod-openapi's `defaultHook`: every request validation failure becomes one
 * problem. A body that parses as JSON but breaks the schema is 422 (RFC 9110
 * §15.5.21); a bad query, path or header is 400.
 */
export const validationHook: NonNullable<OpenAPIHonoOptions<ApiEnv>['defaultHook']> = (result) => {
  if (result.success) return undefined;
  const input = 'data' in result ? result.data : undefined;
  const status = result.target === 'json' ? 422 : 400;
  throw new ApiError({
    status,
    title: statusTitle(status),
    code: 'validation-failed',
    detail: `the request ${result.target === 'json' ? 'body' : result.target} is not valid`,
    errors: zodFields(result.error, input),
  });
};

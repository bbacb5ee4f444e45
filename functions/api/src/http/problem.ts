import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid field of a request, named by its dotted path (`address.postalCode`). */
export interface ProblemField {
  readonly field: string;
  readonly message: string;
}

/**
 * An RFC 9457 problem. `type` stays `about:blank` (§4.2.1: the title is then
 * the status phrase); the machine-readable kind is the `code` extension member
 * (§3.2), which clients switch on.
 */
export interface Problem {
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: readonly ProblemField[];
  /** Extra response headers (Retry-After, WWW-Authenticate …). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The one error class of the API: thrown anywhere, turned into problem+json by `app.onError`. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z
  .object({
    type: z.string().openapi({ example: 'about:blank' }),
    title: z.string().openapi({ example: 'Unprocessable Content' }),
    status: z.number().int().openapi({ example: 422 }),
    code: z.string().openapi({ example: 'validation-failed' }),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'Each invalid field, by dotted path' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

/** The response for a problem; the request id joins it to the log lines of the request. */
export function problemResponse(c: Context, problem: Problem): Response {
  const body = {
    type: 'about:blank',
    title: problem.title,
    status: problem.status,
    code: problem.code,
    ...(problem.detail === undefined ? {} : { detail: problem.detail }),
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...(problem.errors === undefined ? {} : { errors: problem.errors }),
  };
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE, ...problem.headers };
  return c.body(JSON.stringify(body), problem.status, headers);
}

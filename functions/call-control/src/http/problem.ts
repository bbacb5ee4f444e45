import { PROBLEM_CONTENT_TYPE, type ProblemInput } from '@carillon/edge-api';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An RFC 9457 problem details response. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  extra: Omit<ProblemInput, 'status' | 'title'> = {},
): Response {
  const body = { type: 'about:blank', title, status, ...extra };
  return c.body(JSON.stringify(body), status, { 'content-type': PROBLEM_CONTENT_TYPE });
}

/** 400 naming every field that failed, with the first one in `detail` so a log line shows it. */
export function invalidRequest(
  c: Context,
  issues: readonly { path: string; message: string }[],
  title = 'Invalid request body',
): Response {
  const first = issues[0];
  return problem(c, 400, title, {
    ...(first ? { detail: `${first.path || '(body)'}: ${first.message}` } : {}),
    errors: issues.map((issue) => ({ path: issue.path, message: issue.message })),
  });
}

import { DomainValidationError } from '@carillon/domain';
import {
  ConflictError,
  InvalidCursorError,
  InvalidRequestError,
  NotFoundError,
  StoreError,
  UniqueConstraintError,
} from '@carillon/store';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, type Problem } from './problem';
import { statusTitle } from './status-titles';

function problemOf(
  status: ContentfulStatusCode,
  code: string,
  rest: Omit<Problem, 'status' | 'title' | 'code'> = {},
) {
  return { status, title: statusTitle(status), code, ...rest };
}

/**
 * Every error the API can meet, as the problem the client sees. The one place
 * that decides status codes for domain and store errors; anything unknown is
 * a 500 that says nothing about internals.
 */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  if (error instanceof DomainValidationError) {
    return problemOf(422, 'validation-failed', {
      detail: 'the request body is not valid',
      errors: error.issues.map((issue) => ({ field: issue.path, message: issue.message })),
    });
  }
  if (error instanceof InvalidCursorError) {
    return problemOf(400, 'invalid-cursor', {
      detail: 'the cursor is not one this list issued',
      errors: [{ field: 'cursor', message: 'cursor must be the nextCursor of a previous page of this list' }],
    });
  }
  if (error instanceof UniqueConstraintError) {
    return problemOf(409, 'already-in-use', {
      detail: `${error.field} is already in use`,
      errors: [{ field: error.field, message: `${error.field} is already in use` }],
    });
  }
  // The caller sent If-Match with a version that is no longer current (RFC 9110 §13.1.1).
  if (error instanceof ConflictError) {
    return problemOf(412, 'version-conflict', {
      detail: 'the resource changed since it was read; read it again and retry with its new ETag',
    });
  }
  if (error instanceof NotFoundError) return problemOf(404, 'not-found', { detail: 'no such resource' });
  if (error instanceof InvalidRequestError) {
    return error.fields.length > 0
      ? problemOf(422, 'validation-failed', {
          detail: 'the request is not valid',
          errors: error.fields.map((field) => ({ field: field.path, message: field.message })),
        })
      : problemOf(400, 'bad-request', { detail: error.message });
  }
  if (error instanceof StoreError && error.code === 'TRANSACTION_CONFLICT') {
    return problemOf(409, 'concurrent-write', {
      detail: 'a concurrent request changed the same data; retry',
      headers: { 'retry-after': '1' },
    });
  }
  if (error instanceof HTTPException) return fromHttpException(error);
  return problemOf(500, 'internal', { detail: 'the server failed to handle the request' });
}

/** Hono's own exceptions: malformed JSON (validator), wrong content type (zod-openapi), body limits. */
function fromHttpException(error: HTTPException): Problem {
  const status = error.status as ContentfulStatusCode;
  if (status === 400 && /json/i.test(error.message)) {
    return problemOf(400, 'malformed-json', { detail: 'the request body is not valid JSON' });
  }
  if (status === 415) {
    return problemOf(415, 'unsupported-media-type', { detail: 'send the body as application/json' });
  }
  if (status >= 500) return problemOf(500, 'internal', { detail: 'the server failed to handle the request' });
  return problemOf(status, 'http-error', { detail: error.message || statusTitle(status) });
}

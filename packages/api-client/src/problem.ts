import type { components } from './schema.gen';

/** An RFC 9457 problem as the API sends it (`application/problem+json`). */
export type Problem = components['schemas']['Problem'];

/** Field name → message, for showing the API's validation errors at the form fields. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Whether a response body is a problem document. */
export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'number' &&
    typeof (value as { title?: unknown }).title === 'string'
  );
}

/**
 * The first message for each field named in a problem's `errors`. Nested
 * fields keep their dotted path (`rights.fax`), so a form can match its
 * inputs' names.
 */
export function fieldErrors(problem: unknown): FieldErrors {
  if (!isProblem(problem) || !Array.isArray(problem.errors)) return {};
  const result: Record<string, string> = {};
  for (const error of problem.errors) {
    if (error.field !== undefined && result[error.field] === undefined) result[error.field] = error.message;
  }
  return result;
}

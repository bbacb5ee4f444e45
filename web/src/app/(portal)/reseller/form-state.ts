import { type FieldErrors, fieldErrors, type Problem } from '@carillon/api-client';

/** What a reseller form's server action answers: field errors, a form-wide problem, or what it made. */
export interface FormState<T = undefined> {
  readonly errors?: FieldErrors;
  /**
   * What was sent, for the fields' default values: React resets a form after
   * its action, so without them a correction would start from empty fields.
   */
  readonly values?: Readonly<Record<string, string>>;
  readonly problem?: string;
  readonly done?: T;
}

/** The API's problem as a form state: its fields at the fields, else its detail for the whole form. */
export function problemState(problem: Problem | undefined, status: number): FormState<never> {
  const errors = fieldErrors(problem);
  if (Object.keys(errors).length > 0) return { errors };
  return { problem: problem?.detail ?? problem?.title ?? `HTTP ${status}` };
}

/** A form's text fields as sent (every value of a repeated name joined with ","). */
export function sentValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of new Set(form.keys())) {
    if (name.startsWith('$')) continue; // React's own action fields
    values[name] = form
      .getAll(name)
      .filter((value): value is string => typeof value === 'string')
      .join(',');
  }
  return values;
}

/** The ETag of a record's version, for If-Match. */
export function etag(version: number): string {
  return `"${version}"`;
}

import { type FieldErrors, fieldErrors, isProblem } from '@carillon/api-client';

/** The id the Field component gives the control of `name` (`rights.fax` → `field-rights-fax`). */
export function fieldId(name: string): string {
  return `field-${name.replace(/\W/g, '-')}`;
}

/**
 * What a form shows when the API refused its request: the problem's errors at their fields, with
 * the first of those fields focused (keyboard and screen-reader users land on it), or else the
 * problem's one message. Returns the field errors.
 */
export function showProblem(
  error: unknown,
  show: { errors: (errors: FieldErrors) => void; problem: (message: string | undefined) => void },
): FieldErrors {
  const byField = fieldErrors(error);
  show.errors(byField);
  const first = Object.keys(byField)[0];
  show.problem(first !== undefined ? undefined : isProblem(error) ? (error.detail ?? error.title) : 'error');
  if (first !== undefined && typeof document !== 'undefined')
    document.getElementById(fieldId(first))?.focus();
  return byField;
}

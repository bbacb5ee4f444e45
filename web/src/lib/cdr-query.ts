/**
 * The call-history filters as the portal's URL carries them (a plain GET
 * form, so the page works without JavaScript and every filtered view is a
 * link) and as the CDR API takes them. Days are whole UTC days: `since` is
 * the first day shown, `until` the last (the API's `to` is exclusive, so it
 * is the day after `until`).
 */

export const DISPOSITIONS = ['answered', 'no-answer', 'busy', 'failed'] as const;
export const DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export type Direction = (typeof DIRECTIONS)[number];

/** The form's fields, as strings (empty = not filtered). */
export interface CallFilterForm {
  since: string;
  until: string;
  userId: string;
  number: string;
  disposition: string;
  direction: string;
}

/** The CDR API's query, without the page. */
export interface CdrApiQuery {
  from?: string;
  to?: string;
  userId?: string;
  number?: string;
  disposition?: Disposition;
  direction?: Direction;
}

export type CallFilterErrors = Partial<Record<keyof CallFilterForm, string>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The form as the URL gives it; unknown values are kept so that the error can name them. */
export function readCallFilters(
  params: Readonly<Record<string, string | string[] | undefined>>,
): CallFilterForm {
  return {
    since: first(params.since),
    until: first(params.until),
    userId: first(params.userId),
    number: first(params.number),
    disposition: first(params.disposition),
    direction: first(params.direction),
  };
}

/**
 * The API query of a form, or the fields that cannot become one (a day that
 * is not a date, a disposition the API does not know). The range rules
 * themselves (`from` before `to`, at most a year) are the API's; its errors
 * come back through `apiFieldToForm`.
 */
export function toCdrQuery(
  form: CallFilterForm,
): { ok: true; query: CdrApiQuery } | { ok: false; errors: CallFilterErrors } {
  const errors: CallFilterErrors = {};
  const query: CdrApiQuery = {};
  if (form.since !== '') {
    if (isDay(form.since)) query.from = `${form.since}T00:00:00Z`;
    else errors.since = 'date';
  }
  if (form.until !== '') {
    if (isDay(form.until))
      query.to = new Date(Date.parse(`${form.until}T00:00:00Z`) + DAY_MS).toISOString().replace('.000Z', 'Z');
    else errors.until = 'date';
  }
  if (form.userId !== '') query.userId = form.userId;
  if (form.number !== '') query.number = form.number;
  if (form.disposition !== '') {
    if ((DISPOSITIONS as readonly string[]).includes(form.disposition))
      query.disposition = form.disposition as Disposition;
    else errors.disposition = 'choice';
  }
  if (form.direction !== '') {
    if ((DIRECTIONS as readonly string[]).includes(form.direction))
      query.direction = form.direction as Direction;
    else errors.direction = 'choice';
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, query };
}

/** The form field an API error names (`from` → since, `to` → until; query fields keep their names). */
export function apiFieldToForm(field: string): keyof CallFilterForm | undefined {
  const name = field.replace(/^query\./, '');
  if (name === 'from') return 'since';
  if (name === 'to') return 'until';
  if (name === 'userId' || name === 'number' || name === 'disposition' || name === 'direction') return name;
  return undefined;
}

/** The filled fields of a form, for links (next page, export) that keep the filters. */
export function formParams(form: CallFilterForm): Record<string, string> {
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== ''));
}

/** A query string of the API query (for the CSV export link). */
export function apiQueryString(query: CdrApiQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

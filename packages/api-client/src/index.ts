export {
  type CarillonClient,
  type CarillonClientOptions,
  CSRF_COOKIE,
  CSRF_HEADER,
  cookieValue,
  createCarillonClient,
  SESSION_COOKIE,
} from './client';
export { type FieldErrors, fieldErrors, isProblem, type Problem } from './problem';
export type { components, operations, paths } from './schema.gen';

import type { components } from './schema.gen';

/** Shorthand for a named schema of the API's document: `Schema<'User'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen';

/** The API's cookie and header names for portal sessions (functions/api/src/auth/cookies.ts). */
export const CSRF_COOKIE = '__Host-carillon-csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = '__Host-carillon-session';

/** RFC 9110 §9.2.1: the methods that need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type CarillonClient = Client<paths>;

export interface CarillonClientOptions {
  /** The API's `/v1` root, e.g. `http://127.0.0.1:8080/v1` or, in a browser on the portal, `/v1`. */
  readonly baseUrl: string;
  /** Headers sent with every request (a server forwarding the browser's `cookie`, or `authorization`). */
  readonly headers?: Record<string, string>;
  /** The session's CSRF token, sent on unsafe methods (double submit); read lazily, e.g. from the cookie. */
  readonly csrfToken?: () => string | undefined;
  readonly fetch?: typeof globalThis.fetch;
}

/** A typed client of the control-plane API: paths, parameters, bodies and responses from its OpenAPI document. */
export function createCarillonClient(options: CarillonClientOptions): CarillonClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const csrfToken = options.csrfToken;
  if (csrfToken !== undefined) {
    const csrf: Middleware = {
      onRequest({ request }) {
        if (SAFE_METHODS.has(request.method)) return undefined;
        const token = csrfToken();
        if (token !== undefined) request.headers.set(CSRF_HEADER, token);
        return request;
      },
    };
    client.use(csrf);
  }
  return client;
}

/** A cookie's value from a `Cookie` header (or `document.cookie`), undefined if absent. */
export function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

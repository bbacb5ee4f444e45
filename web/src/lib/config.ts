import 'server-only';

/**
 * Where the portal's server reaches the control-plane API (read at run time,
 * so one build serves any deployment). The browser never uses this: it calls
 * the same-origin `/v1` proxy.
 */
export function apiOrigin(): string {
  const value = process.env.CARILLON_API_URL ?? 'http://127.0.0.1:8080';
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`CARILLON_API_URL must be an http(s) URL, got ${value}`);
  }
  return url.origin;
}

'use client';
import { type CarillonClient, CSRF_COOKIE, cookieValue, createCarillonClient } from '@carillon/api-client';

let client: CarillonClient | undefined;

/**
 * The typed API client in the browser: same-origin `/v1` (proxied to the
 * API), so the session cookie goes along; unsafe methods carry the CSRF
 * token from its cookie (double submit).
 */
export function browserApi(): CarillonClient {
  client ??= createCarillonClient({
    baseUrl: `${window.location.origin}/v1`,
    csrfToken: () => cookieValue(document.cookie, CSRF_COOKIE),
  });
  return client;
}

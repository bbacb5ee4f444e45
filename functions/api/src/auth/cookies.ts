/**
 * `__Host-` cookies (RFC 6265bis §4.1.3.2): Secure, Path=/ and no Domain, so
 * no sibling subdomain can set or shadow them. Browsers treat
 * http://localhost as a secure context, so the embedded stack works too.
 */
export const SESSION_COOKIE = '__Host-carillon-session';
/** Readable by the portal's script, which echoes it in `X-CSRF-Token` (double submit). */
export const CSRF_COOKIE = '__Host-carillon-csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Resellers work through API keys (ARCHITECTURE §1): the portal's reseller
 * views sign in with one. The key is kept in this cookie — HttpOnly (no
 * script reads it), Secure, SameSite=Strict, no Max-Age (gone with the
 * browser session) — and only the portal's server uses it: server-rendered
 * pages and server actions (which Next.js checks for a same-origin Origin)
 * send it to the API as a bearer token. The `/v1` proxy never turns it into
 * an Authorization header, so no script and no other site can act with it.
 */
export const RESELLER_KEY_COOKIE = '__Host-carillon-key';

/** The shape of a Carillon API key (`ck_live_` + base32), checked before it is sent anywhere. */
export const API_KEY_PATTERN = /^ck_live_[0-9a-z]{32}$/;

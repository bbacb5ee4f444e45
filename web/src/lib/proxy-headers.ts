/**
 * Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not
 * forwarded; `host` names the portal, not the API; the body is re-framed, so
 * its length and encoding are the new connection's business.
 */
const NOT_FORWARDED = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'content-encoding',
]);

export function forwardedRequestHeaders(incoming: Headers): Headers {
  const headers = new Headers();
  incoming.forEach((value, name) => {
    if (!NOT_FORWARDED.has(name)) headers.set(name, value);
  });
  // The API ignores compressed bodies it cannot read; ask for plain ones so nothing is decoded twice.
  headers.set('accept-encoding', 'identity');
  return headers;
}

export function forwardedResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  upstream.forEach((value, name) => {
    if (name !== 'set-cookie' && !NOT_FORWARDED.has(name)) headers.set(name, value);
  });
  // Several cookies come as several Set-Cookie lines; forEach would join them with a comma.
  for (const line of upstream.getSetCookie()) headers.append('set-cookie', line);
  return headers;
}

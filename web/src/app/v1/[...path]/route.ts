import { apiOrigin } from '../../../lib/config';
import { forwardedRequestHeaders, forwardedResponseHeaders } from '../../../lib/proxy-headers';
import { RESELLER_KEY_COOKIE } from '../../../lib/reseller-key';

/**
 * The browser's way to the API: `/v1/*` on the portal's own origin is
 * forwarded to the API unchanged (method, path, query, body, cookies), and
 * its answer comes back unchanged (status, Set-Cookie, problem+json). Same
 * origin means the session cookie is sent and no CORS is needed.
 */
async function forward(request: Request): Promise<Response> {
  const incoming = new URL(request.url);
  const target = new URL(`${incoming.pathname}${incoming.search}`, apiOrigin());
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const upstream = await fetch(target, {
    method: request.method,
    headers: forwardedRequestHeaders(request.headers),
    ...(hasBody ? { body: await request.arrayBuffer() } : {}),
    redirect: 'manual',
    cache: 'no-store',
  });
  const headers = forwardedResponseHeaders(upstream.headers);
  // Logging out also ends a reseller's key sign-in, which only the portal knows of.
  if (request.method === 'DELETE' && incoming.pathname === '/v1/session') {
    headers.append(
      'set-cookie',
      `${RESELLER_KEY_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict`,
    );
  }
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
}

export const dynamic = 'force-dynamic';
export const GET = forward;
export const HEAD = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
export const OPTIONS = forward;

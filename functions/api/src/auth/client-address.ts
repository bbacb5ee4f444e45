import type { Context } from 'hono';

interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}
interface LambdaBindings {
  readonly requestContext?: {
    readonly identity?: { readonly sourceIp?: string };
    readonly http?: { readonly sourceIp?: string };
  };
}

/**
 * The address the request came from, for per-address limits: the peer of
 * the connection (`@hono/node-server` passes the IncomingMessage as
 * `incoming`) or API Gateway's `sourceIp` (hono's Lambda adapter passes the
 * request context). Behind `trustedHops` proxies that append to
 * X-Forwarded-For, the entry that many places from the right: entries further
 * left were written by the client and prove nothing. Undefined when unknown
 * (requests made in-process, as tests do).
 */
export function clientAddress(c: Context, trustedHops: number): string | undefined {
  if (trustedHops > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    const address = hops[hops.length - trustedHops];
    if (address !== undefined) return address;
  }
  const env = (c.env ?? {}) as NodeBindings & LambdaBindings;
  return (
    env.incoming?.socket?.remoteAddress ??
    env.requestContext?.identity?.sourceIp ??
    env.requestContext?.http?.sourceIp ??
    undefined
  );
}

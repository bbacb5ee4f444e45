import { isEdgeAuthorized } from '@carillon/edge-api';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem';

/**
 * Only edge nodes may call these routes: they hand out digest HA1s and decide
 * calls. A wrong or missing token gets 401 with a Bearer challenge (RFC 6750 §3).
 */
export function edgeAuth(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!isEdgeAuthorized(c.req.header('authorization'), token)) {
      c.header('www-authenticate', 'Bearer realm="carillon-edge"');
      return problem(c, 401, 'Unauthorized', { detail: 'edge token missing or wrong' });
    }
    await next();
  };
}

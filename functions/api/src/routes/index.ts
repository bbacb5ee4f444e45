import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { meRoutes } from './me';
import { sessionRoutes } from './session';
import { userRoutes } from './users';

/**
 * Every route module of `/v1`, in the order they are mounted. One line a module:
 * adding a resource is adding its line here.
 */
export const ROUTE_MODULES: ReadonlyArray<(deps: ApiDeps) => OpenAPIHono<ApiEnv>> = [
  sessionRoutes,
  meRoutes,
  userRoutes,
];

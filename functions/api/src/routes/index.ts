import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { meRoutes } from './me';
import { passwordResetRoutes } from './password-reset';
import { sessionRoutes } from './session';
import { totpRoutes } from './totp';
import { userRoutes } from './users';
import { webhookRoutes } from './webhooks';

/**
 * Every route module of `/v1`, in the order they are mounted. One line a module:
 * adding a resource is adding its line here.
 */
export const ROUTE_MODULES: ReadonlyArray<(deps: ApiDeps) => OpenAPIHono<ApiEnv>> = [
  sessionRoutes,
  passwordResetRoutes,
  meRoutes,
  totpRoutes,
  userRoutes,
  webhookRoutes,
];

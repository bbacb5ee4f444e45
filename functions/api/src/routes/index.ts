import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../deps';
import type { ApiEnv } from '../env';
import { apiKeyRoutes } from './api-keys';
import { audioFileRoutes } from './audio-files';
import { auditRoutes } from './audit';
import { authorisationGroupRoutes } from './authorisation-groups';
import { cdrRoutes } from './cdrs';
import { contactRoutes } from './contacts';
import { deviceRoutes } from './devices';
import { extensionRoutes } from './extensions';
import { groupRoutes } from './groups';
import { holidayRoutes } from './holidays';
import { ivrRoutes } from './ivrs';
import { meRoutes } from './me';
import { numberRoutes } from './numbers';
import { outboundRouteRoutes } from './outbound-routes';
import { passwordResetRoutes } from './password-reset';
import { queueRoutes } from './queues';
import { resellerRoutes } from './resellers';
import { scheduleRoutes } from './schedules';
import { sessionRoutes } from './session';
import { siteRoutes } from './sites';
import { softphoneRoutes } from './softphone';
import { tenantRoutes } from './tenants';
import { totpRoutes } from './totp';
import { trunkRoutes } from './trunks';
import { userCsvRoutes } from './user-csv';
import { userRoutes } from './users';
import { voicemailBoxRoutes } from './voicemail-boxes';
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
  softphoneRoutes,
  userRoutes,
  trunkRoutes,
  voicemailBoxRoutes,
  contactRoutes,
  siteRoutes,
  scheduleRoutes,
  queueRoutes,
  outboundRouteRoutes,
  ivrRoutes,
  holidayRoutes,
  groupRoutes,
  extensionRoutes,
  authorisationGroupRoutes,
  webhookRoutes,
  userCsvRoutes,
  cdrRoutes,
  auditRoutes,
  resellerRoutes,
  tenantRoutes,
  apiKeyRoutes,
  deviceRoutes,
  numberRoutes,
  audioFileRoutes,
];

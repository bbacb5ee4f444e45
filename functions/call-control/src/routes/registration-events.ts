import { fieldIssues } from '@carillon/domain';
import { registrationEventSchema } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';
import { Hono } from 'hono';
import { readJson } from '../http/json-body';
import { invalidRequest } from '../http/problem';

/**
 * `POST /edge/v1/registrations/events`: device came or went. Logged for now;
 * webhooks and presence will consume it. 202: accepted, nothing stored.
 */
export function registrationEventRoutes(log: Logger) {
  return new Hono().post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok)
      return invalidRequest(c, [{ path: '', message: body.message }], 'Invalid registration event');
    const parsed = registrationEventSchema.safeParse(body.value);
    if (!parsed.success) return invalidRequest(c, fieldIssues(parsed.error), 'Invalid registration event');
    const { event, tenantId, deviceId, edgeNodeId, transport } = parsed.data;
    log.info({ tenantId, deviceId, edgeNodeId, transport, event }, 'device registration changed');
    return c.body(null, 202);
  });
}

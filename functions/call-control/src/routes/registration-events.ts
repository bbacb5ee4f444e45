import { fieldIssues } from '@carillon/domain';
import { registrationEventSchema } from '@carillon/edge-api';
import type { Logger } from '@carillon/logger';
import { deviceRegistrationEvent, type WebhookOutbox } from '@carillon/webhooks';
import { Hono } from 'hono';
import { readJson } from '../http/json-body';
import { invalidRequest } from '../http/problem';

/**
 * `POST /edge/v1/registrations/events`: device came or went. Logged, and
 * queued as a `device.registered` / `device.unregistered` webhook event (a
 * pending delivery in the table per subscribed endpoint; nothing is sent on
 * this path). 202: accepted. The edge sends each notice once and does not
 * retry, so a notice whose queueing fails (500) is lost — device events are
 * information, the binding itself is the record.
 */
export function registrationEventRoutes(log: Logger, webhooks: Pick<WebhookOutbox, 'emit'>) {
  return new Hono().post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok)
      return invalidRequest(c, [{ path: '', message: body.message }], 'Invalid registration event');
    const parsed = registrationEventSchema.safeParse(body.value);
    if (!parsed.success) return invalidRequest(c, fieldIssues(parsed.error), 'Invalid registration event');
    const { event, tenantId, deviceId, edgeNodeId, transport, aor, contactUri, at, expiresAt } = parsed.data;
    log.info({ tenantId, deviceId, edgeNodeId, transport, event }, 'device registration changed');
    let webhookEvent: ReturnType<typeof deviceRegistrationEvent>;
    try {
      webhookEvent = deviceRegistrationEvent(event, tenantId, at, {
        deviceId,
        aor,
        contactUri,
        transport,
        edgeNodeId,
        expiresAt,
      });
    } catch (error) {
      // Ids the edge-API contract allows but that are not Carillon ids name no tenant's device: nobody to tell.
      log.warn({ err: error, tenantId, deviceId }, 'registration event not queued as a webhook');
      return c.body(null, 202);
    }
    await webhooks.emit(webhookEvent);
    return c.body(null, 202);
  });
}

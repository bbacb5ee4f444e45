import { type WebhookEndpoint, type WebhookOwner, webhookEndpointSchema } from '@carillon/domain';
import { attributesOf, type EntityDefinition, key, SERVICE } from './define';

/**
 * Who an endpoint belongs to, as the partition prefix of its items: a tenant
 * endpoint lives with its tenant (`t#<tenantId>`), a reseller endpoint with
 * its reseller (`r#<resellerId>`), like API keys.
 */
export function webhookOwnerKey(owner: WebhookOwner): string {
  return owner.kind === 'tenant' ? `t#${owner.id}` : `r#${owner.id}`;
}

/** Endpoint configuration (versioned, ElectroDB), one partition per owner. */
export const webhookEndpointEntity: EntityDefinition<WebhookEndpoint> = {
  name: 'webhookEndpoint',
  schema: webhookEndpointSchema,
  electro: {
    model: { entity: 'webhookEndpoint', version: '1', service: SERVICE },
    attributes: attributesOf(webhookEndpointSchema, ['ownerKey', 'id']),
    indexes: {
      byOwner: {
        pk: key('pk', ['ownerKey'], '${ownerKey}#webhookEndpoint'),
        sk: key('sk', ['id'], '${id}'),
      },
    },
  },
  unique: [],
};

/**
 * Keys of the items the delivery worker writes with plain UpdateItem calls
 * (health counters, deliveries with leases): conditional counter updates
 * that ElectroDB's versioned put does not express.
 *
 * - health: `pk = <ownerKey>#webhookHealth`, `sk = <endpointId>`.
 * - delivery: `pk = <ownerKey>#webhookDelivery`, `sk = <messageId>` (get by id,
 *   create-if-absent makes enqueueing idempotent);
 *   `gsi1` = the endpoint's delivery log, newest first
 *   (`<ownerKey>#webhookLog#<endpointId>`, `<createdAt>#<messageId>`);
 *   `gsi2` = the due-time queue, present only while the delivery is pending
 *   (`p#webhook-queue`, `<nextAttemptAt>#<ownerKey>#<messageId>`).
 */
export const WEBHOOK_KEYS = {
  health: (ownerKey: string, endpointId: string) => ({
    pk: `${ownerKey}#webhookHealth`,
    sk: endpointId,
  }),
  delivery: (ownerKey: string, messageId: string) => ({
    pk: `${ownerKey}#webhookDelivery`,
    sk: messageId,
  }),
  logPartition: (ownerKey: string, endpointId: string) => `${ownerKey}#webhookLog#${endpointId}`,
  logSort: (createdAt: string, messageId: string) => `${createdAt}#${messageId}`,
  /**
   * One partition for the whole platform's pending deliveries. It is the queue
   * of the embedded default (one process polls it); on AWS, SQS carries the
   * schedule and this index is only the record of what is pending, so a hot
   * partition here limits the embedded default only (documented limit).
   */
  queuePartition: 'p#webhook-queue',
  queueSort: (dueAt: string, ownerKey: string, messageId: string) => `${dueAt}#${ownerKey}#${messageId}`,
} as const;

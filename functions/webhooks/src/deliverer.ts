import { randomBytes } from 'node:crypto';
import type { Logger } from '@carillon/logger';
import { createDynamoClients, createStore, type Store } from '@carillon/store';
import { HttpSender, schedulerFor, type WebhookConfig, WebhookDeliverer } from '@carillon/webhooks';
import type { DeliveryConfig } from './config';

/** The store and deliverer of one worker process or Lambda instance. */
export function createDelivery(config: DeliveryConfig, webhooks: WebhookConfig, log: Logger) {
  const store: Store = createStore({
    tableName: config.CARILLON_TABLE_NAME,
    document: createDynamoClients().document,
    // This process reads no pages through cursors it hands out; a random key is enough.
    cursorSecret: randomBytes(32),
  });
  const scheduler = schedulerFor(webhooks);
  const deliverer = new WebhookDeliverer({
    store,
    sender: new HttpSender({ policy: webhooks.urlPolicy }),
    scheduler,
    leaseMs: config.CARILLON_WEBHOOK_LEASE_SECONDS * 1000,
    log,
  });
  return { store, deliverer, scheduler };
}

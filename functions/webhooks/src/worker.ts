import { createLogger } from '@carillon/logger';
import { DeliveryWorker, loadWebhookConfig } from '@carillon/webhooks';
import { loadDeliveryConfig } from './config';
import { createDelivery } from './deliverer';

/**
 * The embedded default's webhook delivery process: polls the table's
 * due-time index and delivers what is due. Everything it knows is in the
 * table, so killing it loses nothing (a delivery it was sending is retried,
 * with the same webhook-id, once its lease runs out).
 */
const config = loadDeliveryConfig();
const log = createLogger({ service: 'webhooks', level: config.LOG_LEVEL });
const { store, deliverer } = createDelivery(config, loadWebhookConfig(), log);
const worker = new DeliveryWorker({
  store,
  deliverer,
  idleMs: config.CARILLON_WEBHOOK_POLL_MS,
  onError: (error) => log.error({ err: error }, 'webhook poll failed'),
});
worker.start();
log.info({ pollMs: config.CARILLON_WEBHOOK_POLL_MS }, 'webhook worker started');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    worker.stop().then(() => process.exit(0));
  });
}

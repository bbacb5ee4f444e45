import { randomBytes } from 'node:crypto';
import type { Logger } from '@carillon/logger';
import { createDynamoClients, createStore } from '@carillon/store';
import type { ApiConfig } from '../config';
import { purgeDueTenants } from './purge-tenants';

/**
 * Runs the tenant purge every `TENANT_PURGE_INTERVAL_MINUTES` in a
 * long-running API process (the embedded default's `server.ts`); 0 turns it
 * off. A Lambda deployment runs `purgeDueTenants` from a schedule instead.
 * Runs never overlap: a run that outlasts the interval skips the next tick.
 */
export function startTenantPurgeTimer(config: ApiConfig, log: Logger, now: () => Date = () => new Date()) {
  const minutes = config.TENANT_PURGE_INTERVAL_MINUTES;
  if (minutes === 0) return { stop: () => undefined };
  // The purge pages only within one run, so its cursors need no key shared with other instances.
  const store = createStore({
    tableName: config.CARILLON_TABLE_NAME,
    document: createDynamoClients().document,
    cursorSecret: randomBytes(32),
    now,
  });
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await purgeDueTenants(store, now(), log);
      if (result.purged.length > 0 || result.failed.length > 0) log.info(result, 'tenant purge run');
    } catch (error) {
      log.error({ err: error }, 'tenant purge run failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), minutes * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

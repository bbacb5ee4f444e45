import type { Logger } from '@carillon/logger';
import { NotFoundError, type Page, type PageRequest, type Store, webhookOwnerKey } from '@carillon/store';

/** Tenants purged per run at most: a run stays bounded; the next run takes the rest. */
export const MAX_TENANTS_PER_PURGE = 50;
const PAGE = 100;

export interface PurgeResult {
  /** Tenants whose records are gone. */
  readonly purged: string[];
  /** Tenants whose purge failed this run (kept deleted-pending; the next run retries). */
  readonly failed: string[];
}

/**
 * Removes tenants whose deletion grace period (DELETE /tenants/{id},
 * TENANT_DELETION_GRACE_DAYS) is over: first their principals (API keys,
 * users — authenticate lets principals of a tenant without a record
 * through, so they must go first), then their configuration, the tenant
 * record last, so a purge that fails half-way is found and resumed by the
 * next run. Every delete goes through its repository, which releases the
 * item's unique values (logins, e-mail addresses, numbers, MACs, SIP
 * usernames, key hashes, the slug) with it.
 *
 * Left to their own retention: CDRs and the audit trail (time series),
 * registrations (TTL), webhook deliveries (TTL), user credentials items and
 * blobs (audio files, voicemail) — see the report of the purge's introduction.
 */
export async function purgeDueTenants(store: Store, now: Date, log?: Logger): Promise<PurgeResult> {
  const due: string[] = [];
  await forEach(
    (page) => store.resellers.list(page),
    async (reseller) => {
      await forEach(
        (page) => store.tenants.listByReseller(reseller.id, page),
        async (tenant) => {
          if (
            due.length < MAX_TENANTS_PER_PURGE &&
            tenant.status === 'deleted-pending' &&
            tenant.deletionScheduledAt !== null &&
            Date.parse(tenant.deletionScheduledAt) <= now.getTime()
          ) {
            due.push(tenant.id);
          }
        },
      );
    },
  );
  const purged: string[] = [];
  const failed: string[] = [];
  for (const tenantId of due) {
    try {
      await purgeTenant(store, tenantId);
      purged.push(tenantId);
      log?.info({ tenantId, action: 'tenant.purge' }, 'tenant purged after its grace period');
    } catch (error) {
      failed.push(tenantId);
      log?.error({ tenantId, err: error }, 'tenant purge failed; the next run retries');
    }
  }
  return { purged, failed };
}

/** Deletes everything of one tenant the repositories can delete, the tenant record last. */
export async function purgeTenant(store: Store, tenantId: string): Promise<void> {
  const scope = { tenantId };
  const ownerKey = webhookOwnerKey({ kind: 'tenant', id: tenantId });
  await drain(
    (page) => store.apiKeys.list(ownerKey, page),
    (item) => store.apiKeys.delete(ownerKey, item.id, { expectedVersion: item.version }),
  );
  await drain(
    (page) => store.users.list(scope, page),
    (item) => store.users.delete(scope, item.id, { expectedVersion: item.version }),
  );
  await drain(
    (page) => store.webhookEndpoints.list(ownerKey, page),
    (item) => store.webhookEndpoints.delete(ownerKey, item.id, { expectedVersion: item.version }),
  );
  const repositories = [
    store.devices,
    store.extensions,
    store.numbers,
    store.voicemailBoxes,
    store.contacts,
    store.groups,
    store.queues,
    store.ivrs,
    store.outboundRoutes,
    store.trunks,
    store.authorisationGroups,
    store.schedules,
    store.holidays,
    store.audioFiles,
    store.sites,
  ] as const;
  for (const repository of repositories) {
    await drain(
      (page) => repository.list(scope, page),
      (item: { id: string; version: number }) =>
        repository.delete(scope, item.id, { expectedVersion: item.version }),
    );
  }
  const tenant = await store.tenants.find(tenantId);
  if (tenant !== undefined) await store.tenants.delete(tenantId, { expectedVersion: tenant.version });
}

async function forEach<T>(
  list: (page: PageRequest) => Promise<Page<T>>,
  visit: (item: T) => Promise<void>,
): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await list({ limit: PAGE, ...(cursor === undefined ? {} : { cursor }) });
    for (const item of page.items) await visit(item);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Deletes every item of a list; one already gone (a concurrent purge) is no failure. */
async function drain<T extends { id: string; version: number }>(
  list: (page: PageRequest) => Promise<Page<T>>,
  remove: (item: T) => Promise<void>,
): Promise<void> {
  await forEach(list, async (item) => {
    try {
      await remove(item);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  });
}

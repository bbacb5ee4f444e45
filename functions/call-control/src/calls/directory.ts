import type { Device, Registration, Tenant } from '@carillon/domain';
import type { CalleeFacts, RingBinding } from '@carillon/routing';
import type { Store, TenantScope } from '@carillon/store';
import { TtlCache } from './ttl-cache';

/** Devices read per page when collecting a user's phones. */
const DEVICE_PAGE = 100;

/** The address of record of a device: its digest user name in the tenant's SIP domain (RFC 3261 §10.2). */
export function deviceAor(device: Pick<Device, 'sipUsername'>, tenant: Pick<Tenant, 'sipDomain'>): string {
  return `sip:${device.sipUsername}@${tenant.sipDomain}`;
}

export function toRingBinding(registration: Registration): RingBinding {
  return {
    registrationId: registration.id,
    deviceId: registration.deviceId,
    contactUri: registration.contactUri,
    edgeNodeId: registration.edgeNodeId,
    expiresAt: registration.expiresAt,
  };
}

export interface CallDirectoryOptions {
  /**
   * How long tenants, devices, users and number assignments are reused, ms (0: not cached). A change
   * in the control plane reaches call routing at most this much later. Bindings are never cached:
   * they are read for every call.
   */
  readonly cacheTtlMs: number;
  /** Entries per cached kind at most. */
  readonly cacheMaxEntries?: number;
}

type UserTarget =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'unsupported'; readonly entity: string };

/**
 * The store reads call routing needs, each scoped by the call's tenant, so a
 * number or device of another tenant is simply not found. The directory facts
 * (who a number reaches, a user's devices) change rarely and are cached for a
 * few seconds; the callee's bindings are read from the store on every call.
 */
export class CallDirectory {
  readonly #tenants: TtlCache<Tenant | undefined>;
  readonly #devices: TtlCache<Device | undefined>;
  readonly #users: TtlCache<{ number: string; name: string; id: string } | undefined>;
  readonly #targets: TtlCache<UserTarget>;
  readonly #devicesOf: TtlCache<Device[]>;

  constructor(
    private readonly store: Store,
    options: CallDirectoryOptions = { cacheTtlMs: 0 },
  ) {
    const settings = { ttlMs: options.cacheTtlMs, maxEntries: options.cacheMaxEntries ?? 50_000 };
    this.#tenants = new TtlCache(settings);
    this.#devices = new TtlCache(settings);
    this.#users = new TtlCache(settings);
    this.#targets = new TtlCache(settings);
    this.#devicesOf = new TtlCache(settings);
  }

  tenant(tenantId: string): Promise<Tenant | undefined> {
    return this.#tenants.get(tenantId, () => this.store.tenants.find(tenantId));
  }

  device(scope: TenantScope, deviceId: string): Promise<Device | undefined> {
    return this.#devices.get(`${scope.tenantId}\u0000${deviceId}`, () =>
      this.store.devices.find(scope, deviceId),
    );
  }

  async callerId(scope: TenantScope, userId: string | null) {
    if (userId === null) return undefined;
    const user = await this.#user(scope, userId);
    if (user === undefined) return undefined;
    return { number: user.number, name: user.name };
  }

  /** Whom `number` reaches in the tenant, with the live bindings of every device of a user. */
  async callee(scope: TenantScope, tenant: Tenant, number: string): Promise<CalleeFacts> {
    const target = await this.#targets.get(`${scope.tenantId}\u0000${number}`, () =>
      this.#userTarget(scope, number),
    );
    if (target.kind !== 'user') return target;
    const devices = await this.#devicesOf.get(`${scope.tenantId}\u0000${target.userId}`, () =>
      this.devicesOf(scope, target.userId),
    );
    const bindings = await Promise.all(
      devices.map((device) => this.store.registrations.listByAor(scope, deviceAor(device, tenant))),
    );
    return { kind: 'user', userId: target.userId, number, bindings: bindings.flat().map(toRingBinding) };
  }

  #user(scope: TenantScope, userId: string) {
    return this.#users.get(`${scope.tenantId}\u0000${userId}`, async () => {
      const user = await this.store.users.find(scope, userId);
      return user === undefined
        ? undefined
        : { id: user.id, number: user.extensionNumber, name: `${user.firstName} ${user.lastName}` };
    });
  }

  async #userTarget(scope: TenantScope, number: string): Promise<UserTarget> {
    const holder = await this.store.extensions.numberHolder(scope, number);
    if (holder === undefined) return { kind: 'unknown' };
    let userId: string;
    if (holder.entity === 'user') {
      userId = holder.id;
    } else if (holder.entity === 'extension') {
      const extension = await this.store.extensions.find(scope, holder.id);
      if (extension === undefined) return { kind: 'unknown' };
      if (extension.owner.kind !== 'user') return { kind: 'unsupported', entity: extension.owner.kind };
      userId = extension.owner.id;
    } else {
      return { kind: 'unsupported', entity: holder.entity };
    }
    const user = await this.#user(scope, userId);
    return user === undefined ? { kind: 'unknown' } : { kind: 'user', userId: user.id };
  }

  /**
   * A user's devices. The store has no by-user index for devices yet, so this
   * pages through the tenant's devices — fine for the tenant sizes of this
   * issue (a few hundred phones), to be replaced by an index query.
   */
  async devicesOf(scope: TenantScope, userId: string): Promise<Device[]> {
    const found: Device[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.store.devices.list(scope, {
        limit: DEVICE_PAGE,
        ...(cursor === undefined ? {} : { cursor }),
      });
      found.push(...page.items.filter((device) => device.userId === userId));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    return found;
  }
}

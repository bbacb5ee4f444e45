import type { Device, Registration, Tenant } from '@carillon/domain';
import type { CalleeFacts, RingBinding } from '@carillon/routing';
import type { Store, TenantScope } from '@carillon/store';

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

/**
 * The store reads call routing needs, each scoped by the call's tenant, so a
 * number or device of another tenant is simply not found.
 */
export class CallDirectory {
  constructor(private readonly store: Store) {}

  tenant(tenantId: string): Promise<Tenant | undefined> {
    return this.store.tenants.find(tenantId);
  }

  device(scope: TenantScope, deviceId: string): Promise<Device | undefined> {
    return this.store.devices.find(scope, deviceId);
  }

  async callerId(scope: TenantScope, userId: string | null) {
    if (userId === null) return undefined;
    const user = await this.store.users.find(scope, userId);
    if (user === undefined) return undefined;
    return { number: user.extensionNumber, name: `${user.firstName} ${user.lastName}` };
  }

  /** Whom `number` reaches in the tenant, with the live bindings of every device of a user. */
  async callee(scope: TenantScope, tenant: Tenant, number: string): Promise<CalleeFacts> {
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
    const user = await this.store.users.find(scope, userId);
    if (user === undefined) return { kind: 'unknown' };
    const devices = await this.devicesOf(scope, user.id);
    const bindings = await Promise.all(
      devices.map((device) => this.store.registrations.listByAor(scope, deviceAor(device, tenant))),
    );
    return { kind: 'user', userId: user.id, number, bindings: bindings.flat().map(toRingBinding) };
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

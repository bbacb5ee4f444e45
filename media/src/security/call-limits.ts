/** Limits that apply to one call attempt; the control plane's values win over the edge defaults. */
export interface CallLimitValues {
  readonly maxPerDevice: number;
  readonly maxPerTenant: number;
}

export type CallAdmission =
  | { readonly ok: true; readonly release: () => void }
  | {
      readonly ok: false;
      readonly limit: 'device' | 'tenant';
      readonly active: number;
      readonly max: number;
    };

/**
 * Concurrent-call counters per device and per tenant (issue 4 item 8). The B2BUA acquires a slot
 * before it creates the outgoing leg and releases it when the call ends; a refused call gets
 * 486 Busy Here (device) or 503 (tenant) from the B2BUA. The counters are per edge node: with N
 * nodes a tenant may briefly exceed its limit by the calls in flight on the other nodes.
 */
export class CallLimits {
  readonly #defaults: CallLimitValues;
  readonly #perDevice = new Map<string, number>();
  readonly #perTenant = new Map<string, number>();

  constructor(defaults: CallLimitValues) {
    this.#defaults = defaults;
  }

  activeCalls(tenantId: string, deviceId?: string): number {
    return deviceId === undefined
      ? (this.#perTenant.get(tenantId) ?? 0)
      : (this.#perDevice.get(deviceKey(tenantId, deviceId)) ?? 0);
  }

  /** Take one call slot for the device and its tenant, or say which limit refused it. */
  tryAcquireCall(tenantId: string, deviceId: string, limits: Partial<CallLimitValues> = {}): CallAdmission {
    const maxPerDevice = limits.maxPerDevice ?? this.#defaults.maxPerDevice;
    const maxPerTenant = limits.maxPerTenant ?? this.#defaults.maxPerTenant;
    const dKey = deviceKey(tenantId, deviceId);
    const device = this.#perDevice.get(dKey) ?? 0;
    const tenant = this.#perTenant.get(tenantId) ?? 0;
    if (device >= maxPerDevice) return { ok: false, limit: 'device', active: device, max: maxPerDevice };
    if (tenant >= maxPerTenant) return { ok: false, limit: 'tenant', active: tenant, max: maxPerTenant };
    this.#perDevice.set(dKey, device + 1);
    this.#perTenant.set(tenantId, tenant + 1);
    let released = false;
    return {
      ok: true,
      // Idempotent: a call torn down twice (BYE and timeout racing) must not free someone else's slot.
      release: () => {
        if (released) return;
        released = true;
        this.#decrement(this.#perDevice, dKey);
        this.#decrement(this.#perTenant, tenantId);
      },
    };
  }

  #decrement(map: Map<string, number>, key: string): void {
    const n = (map.get(key) ?? 0) - 1;
    if (n <= 0) map.delete(key);
    else map.set(key, n);
  }
}

function deviceKey(tenantId: string, deviceId: string): string {
  return `${tenantId}/${deviceId}`;
}

import { newId, type Registration, type SipTransport } from '@carillon/domain';
import type { Destination } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { flowKey, formatHostPort, isStreamTransport, parseHostPort } from '../transport/flow';

/** The store operations the location service needs (the store's RegistrationRepository). */
export type BindingStore = Pick<Store['registrations'], 'put' | 'listByAor' | 'remove'>;

/** A registered contact, ready to be called. */
export interface Location {
  readonly binding: Registration;
  /** Seconds left, rounded up. */
  readonly expires: number;
  /** Whether this node holds the device's flow; if not, the call goes to `binding.edgeNodeId`. */
  readonly local: boolean;
  /**
   * Where to send a request for this contact: the flow it registered from (source address and port,
   * and the connection for streams), not the Contact URI, which behind NAT names an unreachable
   * private address (RFC 5626 §5.2; RFC 3581 symmetric response routing for UDP).
   */
  readonly destination: Destination;
}

export interface SaveBinding {
  readonly tenantId: string;
  readonly deviceId: string;
  readonly aor: string;
  readonly contactUri: string;
  readonly instanceId: string | null;
  readonly regId: number | null;
  readonly callId: string;
  readonly cseq: number;
  readonly expires: number;
  readonly source: Destination;
  readonly userAgent: string | undefined;
  /** The binding being refreshed, so the registration keeps its id. */
  readonly previous?: Registration;
}

/**
 * The location service (RFC 3261 §10.1, §16.5): bindings from address-of-record to contacts,
 * stored in DynamoDB with a TTL and the id of the node holding the flow, so a restarted node — or
 * another node — finds them again.
 */
export class LocationService {
  readonly #store: BindingStore;
  readonly #nodeId: string;
  readonly #now: () => Date;

  constructor(store: BindingStore, nodeId: string, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#nodeId = nodeId;
    this.#now = now;
  }

  get nodeId(): string {
    return this.#nodeId;
  }

  list(tenantId: string, aor: string): Promise<Registration[]> {
    return this.#store.listByAor({ tenantId }, normalizeAor(aor));
  }

  async save(input: SaveBinding): Promise<Registration> {
    const now = this.#now();
    const expiry = new Date(now.getTime() + input.expires * 1000);
    return this.#store.put(
      { tenantId: input.tenantId },
      {
        id: input.previous?.id ?? newId('reg'),
        tenantId: input.tenantId,
        deviceId: input.deviceId,
        aor: normalizeAor(input.aor),
        contactUri: input.contactUri,
        instanceId: input.instanceId,
        regId: input.regId,
        callId: input.callId.slice(0, 256),
        cseq: input.cseq,
        transport: input.source.transport.toLowerCase() as SipTransport,
        sourceAddress: formatHostPort(input.source.host, input.source.port),
        userAgent: input.userAgent === undefined ? null : input.userAgent.slice(0, 256),
        edgeNodeId: this.#nodeId,
        registeredAt: now.toISOString(),
        expiresAt: expiry.toISOString(),
        expiresAtEpoch: Math.ceil(expiry.getTime() / 1000),
      },
    );
  }

  remove(binding: Registration): Promise<void> {
    return this.#store.remove({ tenantId: binding.tenantId }, binding);
  }

  /** The live contacts of an AOR with where to reach each: the lookup the B2BUA calls. */
  async locate(tenantId: string, aor: string): Promise<Location[]> {
    const bindings = await this.list(tenantId, aor);
    return bindings.flatMap((binding) => {
      const location = this.toLocation(binding);
      return location ? [location] : [];
    });
  }

  toLocation(binding: Registration): Location | undefined {
    const address = parseHostPort(binding.sourceAddress);
    if (!address) return undefined;
    const transport = binding.transport.toUpperCase();
    const destination: Destination = isStreamTransport(transport)
      ? {
          transport,
          host: address.address,
          port: address.port,
          connectionId: flowKey(transport, address.address, address.port),
        }
      : { transport, host: address.address, port: address.port };
    return {
      binding,
      expires: secondsLeft(binding, this.#now()),
      local: binding.edgeNodeId === this.#nodeId,
      destination,
    };
  }

  secondsLeft(binding: Registration): number {
    return secondsLeft(binding, this.#now());
  }
}

function secondsLeft(binding: Registration, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(binding.expiresAt) - now.getTime()) / 1000));
}

/** AORs are compared as `sip:user@domain` with the domain lowercased (§10.3 step 5, §19.1.4). */
export function normalizeAor(aor: string): string {
  const m = /^(sips?):([^@]+)@([^;?>]+)/i.exec(aor.trim());
  if (!m) return aor;
  return `${(m[1] ?? '').toLowerCase()}:${m[2]}@${(m[3] ?? '').toLowerCase()}`;
}

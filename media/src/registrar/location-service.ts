import { newId, type Registration, registrationSchema, type SipTransport } from '@carillon/domain';
import type { Destination } from '@carillon/sip';
import { BATCH_WRITE_LIMIT, bindingKey, type RegistrationWrite, type Store } from '@carillon/store';
import { flowKey, formatHostPort, isStreamTransport, parseHostPort } from '../transport/flow';
import { GroupCommit } from './group-commit';
import { LocationCache } from './location-cache';

/** The store operations the location service needs (the store's RegistrationRepository). */
export type BindingStore = Pick<Store['registrations'], 'listByAor' | 'writeBatch'>;

/** Group commit and cache limits; every one has a default (DEFAULT_LOCATION_OPTIONS). */
export interface LocationServiceOptions {
  /** How long the first binding write of an idle node waits for others to share its batch, ms. */
  readonly commitLingerMs: number;
  /** BatchWriteItem requests in flight at once. */
  readonly commitMaxInFlight: number;
  /** Binding writes waiting at most; beyond, a REGISTER fails with 503 (overload). */
  readonly commitMaxPending: number;
  /** AORs held in memory at most. */
  readonly cacheMaxAors: number;
}

export const DEFAULT_LOCATION_OPTIONS: LocationServiceOptions = {
  commitLingerMs: 2,
  commitMaxInFlight: 4,
  commitMaxPending: 10_000,
  cacheMaxAors: 200_000,
};

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

interface Load {
  readonly promise: Promise<Registration[]>;
  /** A write of the AOR settled while the read was out: its answer may predate it, so is not kept. */
  stale: boolean;
}

/**
 * The location service (RFC 3261 §10.1, §16.5): bindings from address-of-record to contacts,
 * stored in DynamoDB with a TTL and the id of the node holding the flow, so a restarted node — or
 * another node — finds them again.
 *
 * Reads come from an in-memory view (location-cache.ts) loaded from storage once per AOR; writes
 * go to storage by group commit (group-commit.ts, BatchWriteItem of up to 25 bindings) and resolve
 * only once durable, after which the view is updated. A failed write drops the AOR from the view,
 * so the next read goes to storage again. Limitation: a binding another node writes for an AOR this
 * node already holds is not seen here until the AOR is re-read (evicted, or after a restart); a
 * device registers through one node at a time, and call routing reads storage (call-control), so
 * only this node's 200 Contact list and its flow lookup could miss such a binding.
 */
export class LocationService {
  readonly #store: BindingStore;
  readonly #nodeId: string;
  readonly #now: () => Date;
  readonly #cache: LocationCache;
  readonly #commit: GroupCommit<RegistrationWrite>;
  readonly #loads = new Map<string, Load>();

  constructor(
    store: BindingStore,
    nodeId: string,
    now: () => Date = () => new Date(),
    options: Partial<LocationServiceOptions> = {},
  ) {
    const settings = { ...DEFAULT_LOCATION_OPTIONS, ...options };
    this.#store = store;
    this.#nodeId = nodeId;
    this.#now = now;
    this.#cache = new LocationCache({ maxAors: settings.cacheMaxAors });
    this.#commit = new GroupCommit<RegistrationWrite>({
      flush: (writes) => this.#store.writeBatch(writes),
      lingerMs: settings.commitLingerMs,
      maxBatch: BATCH_WRITE_LIMIT,
      maxInFlight: settings.commitMaxInFlight,
      maxPending: settings.commitMaxPending,
    });
  }

  get nodeId(): string {
    return this.#nodeId;
  }

  /** The live bindings of an AOR: from memory, or read from storage once. */
  async list(tenantId: string, aor: string): Promise<Registration[]> {
    const normalized = normalizeAor(aor);
    const key = aorKey(tenantId, normalized);
    const cached = this.#cache.get(key, this.#now().getTime());
    if (cached) return cached;
    let load = this.#loads.get(key);
    if (!load) {
      const started: Load = {
        stale: false,
        promise: this.#store.listByAor({ tenantId }, normalized).then(
          (found) => {
            if (this.#loads.get(key) === started) this.#loads.delete(key);
            if (!started.stale && !this.#cache.has(key)) this.#cache.load(key, found);
            return found;
          },
          (error: unknown) => {
            if (this.#loads.get(key) === started) this.#loads.delete(key);
            throw error;
          },
        ),
      };
      load = started;
      this.#loads.set(key, load);
    }
    const found = await load.promise;
    return found.filter((binding) => binding.expiresAtEpoch > Math.floor(this.#now().getTime() / 1000));
  }

  /**
   * The bindings held by this node that lapsed without a refresh, taken out of the view (their
   * items leave the table by TTL). Bindings of other nodes are dropped silently: their node tells.
   */
  takeExpired(): Registration[] {
    return this.#cache
      .takeExpired(this.#now().getTime())
      .filter((binding) => binding.edgeNodeId === this.#nodeId);
  }

  /** Wait until every accepted write is durable (graceful stop). */
  flush(): Promise<void> {
    return this.#commit.drain();
  }

  async save(input: SaveBinding): Promise<Registration> {
    const now = this.#now();
    const expiry = new Date(now.getTime() + input.expires * 1000);
    const registration: Registration = registrationSchema.parse({
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
    });
    await this.#write({ kind: 'put', scope: { tenantId: registration.tenantId }, registration });
    return registration;
  }

  async remove(binding: Registration): Promise<void> {
    await this.#write({ kind: 'remove', scope: { tenantId: binding.tenantId }, registration: binding });
  }

  async #write(write: RegistrationWrite): Promise<void> {
    const key = aorKey(write.scope.tenantId, write.registration.aor);
    try {
      await this.#commit.submit(`${key}\u0000${bindingKey(write.registration)}`, write);
    } catch (error) {
      this.#cache.forget(key);
      throw error;
    } finally {
      const load = this.#loads.get(key);
      if (load) load.stale = true;
    }
    if (write.kind === 'put') this.#cache.put(key, write.registration);
    else this.#cache.remove(key, write.registration);
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

function aorKey(tenantId: string, aor: string): string {
  return `${tenantId}\u0000${aor}`;
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

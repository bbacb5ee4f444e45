import type { StoreContext } from '../context';
import { type Page, type PageRequest, pageLimit } from '../cursor';
import type { EntityDefinition } from '../entities/define';
import {
  type Composite,
  createEntity,
  type LooseEntity,
  type QueryOperation,
} from '../entities/loose-entity';
import {
  ConflictError,
  CorruptItemError,
  InvalidCursorError,
  InvalidRequestError,
  invalidItemError,
  NotFoundError,
  StoreError,
  UniqueConstraintError,
} from '../errors';
import { type WriteStep, writeAtomically } from '../transact';
import { isExpired } from '../ttl';
import { type GuardClaim, type GuardOwner, guardChanges } from '../unique';

/** Fields the store owns on every versioned item. */
export interface VersionedItem {
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type StoredFieldName = 'id' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt';
export type NewItem<T> = Omit<T, StoredFieldName>;
/** Fields to change; an absent (or undefined) field keeps its value, `null` clears a nullable one. */
export type ItemPatch<T> = Partial<Omit<T, StoredFieldName>>;

/**
 * The engine under every repository of versioned items: validated writes,
 * optimistic concurrency, guard items for unique values in the same
 * transaction, and signed-cursor pages. Repositories decide the key and the
 * tenant that owns an item; this class never builds a key itself.
 */
export class VersionedItems<T extends VersionedItem> {
  readonly entity: LooseEntity;

  constructor(
    readonly context: StoreContext,
    readonly definition: EntityDefinition<T>,
    /** Who owns an item, for its guards and for the tenant check on every read. */
    private readonly ownerOf: (item: T) => string,
    /** Attributes stored beside the domain fields, only for keys (e.g. a directory partition). */
    private readonly keyExtras: (item: T) => Composite = () => ({}),
  ) {
    this.entity = createEntity(definition.electro, context.table, context.document);
  }

  get name(): string {
    return this.definition.name;
  }

  /** Reads one item; undefined when absent, owned by another tenant, or expired. */
  async find(key: Composite, owner: string): Promise<T | undefined> {
    const { data } = await this.entity.get(key).go({ consistent: true });
    return this.accept(data, owner);
  }

  async get(key: Composite, owner: string, id: string): Promise<T> {
    const item = await this.find(key, owner);
    if (item === undefined) throw new NotFoundError(this.name, id);
    return item;
  }

  /**
   * Parses a stored item with the domain schema and applies the read rules:
   * an item of another owner is never returned (the key already makes that
   * impossible; this is the second lock), nor one past its TTL.
   */
  accept(data: unknown, owner: string): T | undefined {
    if (data === null || data === undefined) return undefined;
    const parsed = this.definition.schema.safeParse(data);
    if (!parsed.success) {
      const id = typeof data === 'object' && 'id' in data ? String(data.id) : '?';
      throw new CorruptItemError(this.name, id, { cause: parsed.error });
    }
    const item = parsed.data;
    if (this.ownerOf(item) !== owner) return undefined;
    if (isExpired(item as { expiresAt?: unknown }, this.context.now())) return undefined;
    return item;
  }

  validate(candidate: unknown): T {
    const parsed = this.definition.schema.safeParse(candidate);
    if (!parsed.success) throw invalidItemError(this.name, parsed.error);
    return parsed.data;
  }

  async create(candidate: T): Promise<T> {
    const item = this.validate(candidate);
    const owner = this.ownerOf(item);
    const { take } = guardChanges(this.definition.unique, undefined, item);
    await writeAtomically(this.context.document, [
      {
        item: this.entity.create({ ...asComposite(item), ...this.keyExtras(item) }).commit(),
        onConditionFailed: () => new StoreError('ALREADY_EXISTS', `${this.name} ${item.id} already exists`),
      },
      ...take.map((claim) => this.#takeGuard(claim, owner, item.id)),
    ]);
    return item;
  }

  /** Replaces `current` by `current + patch` if the stored version is still `expectedVersion`. */
  async update(key: Composite, current: T, patch: object, expectedVersion: number): Promise<T> {
    if (current.version !== expectedVersion) {
      throw new ConflictError(this.name, current.id, expectedVersion, current.version);
    }
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const next = this.validate({
      ...current,
      ...changes,
      // Identity and bookkeeping are the store's, whatever the patch says.
      id: current.id,
      ...('tenantId' in current ? { tenantId: current.tenantId } : {}),
      version: current.version + 1,
      createdAt: current.createdAt,
      updatedAt: this.context.now().toISOString(),
    });
    const owner = this.ownerOf(current);
    const { release, take } = guardChanges(this.definition.unique, current, next);
    await writeAtomically(this.context.document, [
      {
        item: this.entity
          .put({ ...asComposite(next), ...this.keyExtras(next) })
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .commit(),
        onConditionFailed: () => this.#explainFailure(key, owner, current.id, expectedVersion),
      },
      ...release.map((claim) => this.#releaseGuard(claim, owner, current.id)),
      ...take.map((claim) => this.#takeGuard(claim, owner, current.id)),
    ]);
    return next;
  }

  async delete(key: Composite, current: T, expectedVersion: number): Promise<void> {
    if (current.version !== expectedVersion) {
      throw new ConflictError(this.name, current.id, expectedVersion, current.version);
    }
    const owner = this.ownerOf(current);
    const { release } = guardChanges(this.definition.unique, current, undefined);
    await writeAtomically(this.context.document, [
      {
        item: this.entity
          .delete(key)
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .commit(),
        onConditionFailed: () => this.#explainFailure(key, owner, current.id, expectedVersion),
      },
      ...release.map((claim) => this.#releaseGuard(claim, owner, current.id)),
    ]);
  }

  /** One page of a query, with a cursor bound to the tenant and to this very list. */
  async page(
    owner: string,
    list: string,
    query: QueryOperation,
    request: PageRequest,
    accept: (data: unknown) => T | undefined = (data) => this.accept(data, owner),
  ): Promise<Page<T>> {
    const limit = pageLimit(request.limit);
    const binding = { tenantId: owner, list: `${this.name}:${list}` };
    const position =
      request.cursor === undefined ? null : this.context.cursors.decode(binding, request.cursor);
    let result: { data: unknown[]; cursor: string | null };
    try {
      // `limit` caps what DynamoDB reads per request (its Limit); `count` alone would
      // read up to 1 MB of the partition and drop all but `limit` items — with
      // 10,000 users a page cost ~2,000 items read, parsed and discarded.
      result = await query.go({ count: limit, limit, cursor: position });
    } catch (error) {
      // A signed cursor is one we issued, so this means a position the table no longer accepts.
      if (position !== null && isElectroCursorError(error)) throw new InvalidCursorError('unusable position');
      throw error;
    }
    const items = result.data.map(accept).filter((item): item is T => item !== undefined);
    return result.cursor === null
      ? { items }
      : { items, nextCursor: this.context.cursors.encode(binding, result.cursor) };
  }

  /** Who holds a unique value, read from its guard (strongly consistent). */
  async guardOwner(constraint: string, scope: 'tenant' | 'platform', value: string, tenantId?: string) {
    const guard =
      scope === 'tenant'
        ? this.context.guards.tenant.get({ ownerTenantId: tenantId, constraint, value })
        : this.context.guards.platform.get({ constraint, value });
    const { data } = await guard.go({ consistent: true });
    return toGuardOwner(data);
  }

  /**
   * Who holds a unique value of this entity (normalised as the constraint
   * says), or undefined. With `owner`, only a holder in that tenant counts.
   */
  async uniqueHolder(field: string, raw: string, owner?: string): Promise<GuardOwner | undefined> {
    const constraint = this.definition.unique.find((candidate) => candidate.field === field);
    if (constraint === undefined)
      throw new InvalidRequestError(`${this.name}.${field} is not a unique field`);
    const value = constraint.normalise === undefined ? raw : constraint.normalise(raw);
    if (value === undefined) return undefined;
    if (constraint.scope === 'tenant' && owner === undefined) {
      throw new InvalidRequestError(`${this.name}.${field} is unique per tenant; a tenant is required`);
    }
    const holder = await this.guardOwner(constraint.constraint, constraint.scope, value, owner);
    if (holder === undefined || holder.entity !== this.name) return undefined;
    if (owner !== undefined && holder.tenantId !== owner) return undefined;
    return holder;
  }

  #takeGuard(claim: GuardClaim, owner: string, id: string): WriteStep {
    const guards = this.context.guards;
    const guard = {
      constraint: claim.constraint,
      value: claim.value,
      ownerEntity: this.name,
      ownerTenantId: owner,
      ownerId: id,
    };
    const entity = claim.scope === 'tenant' ? guards.tenant : guards.platform;
    return {
      item: entity.create(guard).commit(),
      onConditionFailed: () => new UniqueConstraintError(this.name, claim.field, claim.value),
    };
  }

  #releaseGuard(claim: GuardClaim, owner: string, id: string): WriteStep {
    const guards = this.context.guards;
    const operation =
      claim.scope === 'tenant'
        ? guards.tenant.delete({ ownerTenantId: owner, constraint: claim.constraint, value: claim.value })
        : guards.platform.delete({ constraint: claim.constraint, value: claim.value });
    return {
      // Release only our own guard; a missing one (never written) is no reason to block the write.
      item: operation
        .where(
          (attributes, { eq, notExists }) =>
            `${notExists(attributes.ownerId)} OR ${eq(attributes.ownerId, id)}`,
        )
        .commit(),
      onConditionFailed: () =>
        new StoreError(
          'GUARD_MISMATCH',
          `${this.name}.${claim.field} ${claim.value} is held by another item`,
        ),
    };
  }

  async #explainFailure(
    key: Composite,
    owner: string,
    id: string,
    expectedVersion: number,
  ): Promise<StoreError> {
    const stored = await this.find(key, owner);
    return stored === undefined
      ? new NotFoundError(this.name, id)
      : new ConflictError(this.name, id, expectedVersion, stored.version);
  }
}

/** Domain items are plain objects; ElectroDB takes them as attribute maps. */
function asComposite(item: object): Composite {
  return item as Composite;
}

function toGuardOwner(data: unknown): GuardOwner | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { ownerEntity, ownerTenantId, ownerId } = data as Record<string, unknown>;
  if (typeof ownerEntity !== 'string' || typeof ownerTenantId !== 'string' || typeof ownerId !== 'string') {
    return undefined;
  }
  return { entity: ownerEntity, tenantId: ownerTenantId, id: ownerId };
}

function isElectroCursorError(error: unknown): boolean {
  return error instanceof Error && /cursor|ExclusiveStartKey|starting key/i.test(error.message);
}

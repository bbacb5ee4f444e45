import { type IdPrefix, newId } from '@carillon/domain';
import type { StoreContext, TenantScope, WriteCondition } from '../context';
import type { Page, PageRequest } from '../cursor';
import type { EntityDefinition } from '../entities/define';
import type { Composite, QueryOperation } from '../entities/loose-entity';
import { NotFoundError } from '../errors';
import { type ItemPatch, type NewItem, type VersionedItem, VersionedItems } from './versioned-items';

export interface TenantOwnedItem extends VersionedItem {
  readonly tenantId: string;
}

/**
 * CRUD for an entity that belongs to a tenant. Every method takes the tenant;
 * keys start with it, so another tenant's item is unreachable, and every read
 * checks the item's `tenantId` once more. Asking for another tenant's id is
 * indistinguishable from asking for an id that does not exist.
 */
export class TenantRepository<T extends TenantOwnedItem> {
  protected readonly items: VersionedItems<T>;

  constructor(
    protected readonly context: StoreContext,
    definition: EntityDefinition<T>,
    private readonly idPrefix: IdPrefix,
  ) {
    this.items = new VersionedItems(context, definition, (item) => item.tenantId, definition.keyExtras);
  }

  find(scope: TenantScope, id: string): Promise<T | undefined> {
    return this.items.find(this.#key(scope, id), scope.tenantId);
  }

  /** @throws NotFoundError */
  get(scope: TenantScope, id: string): Promise<T> {
    return this.items.get(this.#key(scope, id), scope.tenantId, id);
  }

  /** The tenant's items in id order (stable across pages). */
  list(scope: TenantScope, page: PageRequest = {}): Promise<Page<T>> {
    return this.items.page(scope.tenantId, 'all', this.query('byId', { tenantId: scope.tenantId }), page);
  }

  /** @throws UniqueConstraintError when a unique value is taken; InvalidRequestError when the item is invalid. */
  create(scope: TenantScope, input: NewItem<T>, options: { id?: string } = {}): Promise<T> {
    const now = this.context.now().toISOString();
    return this.items.create({
      ...input,
      id: options.id ?? newId(this.idPrefix),
      tenantId: scope.tenantId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    } as unknown as T);
  }

  /** @throws NotFoundError, ConflictError (version), UniqueConstraintError */
  async update(scope: TenantScope, id: string, patch: ItemPatch<T>, condition: WriteCondition): Promise<T> {
    const current = await this.get(scope, id);
    return this.items.update(this.#key(scope, id), current, patch, condition.expectedVersion);
  }

  /** Deletes the item and releases its unique values. @throws NotFoundError, ConflictError */
  async delete(scope: TenantScope, id: string, condition: WriteCondition): Promise<void> {
    const current = await this.get(scope, id);
    await this.items.delete(this.#key(scope, id), current, condition.expectedVersion);
  }

  /** Lookup by a unique value within the tenant (extension number, login …). */
  protected async findByUnique(scope: TenantScope, field: string, value: string): Promise<T | undefined> {
    const holder = await this.items.uniqueHolder(field, value, scope.tenantId);
    return holder === undefined ? undefined : this.find(scope, holder.id);
  }

  /**
   * Platform lookup by a value unique across tenants (DID, SIP username, MAC):
   * how the edge and provisioning learn the tenant of a request in the first place.
   */
  protected async resolveByUnique(field: string, value: string): Promise<T | undefined> {
    const holder = await this.items.uniqueHolder(field, value);
    return holder === undefined ? undefined : this.find({ tenantId: holder.tenantId }, holder.id);
  }

  /** A page of a secondary access pattern; the cursor is bound to the pattern and its values. */
  protected listBy(
    scope: TenantScope,
    index: string,
    values: Composite,
    page: PageRequest,
  ): Promise<Page<T>> {
    const list = `${index}:${JSON.stringify(values)}`;
    return this.items.page(
      scope.tenantId,
      list,
      this.query(index, { ...values, tenantId: scope.tenantId }),
      page,
    );
  }

  protected query(index: string, composite: Composite): QueryOperation {
    const access = this.items.entity.query[index];
    if (access === undefined) throw new NotFoundError('access pattern', `${this.items.name}.${index}`);
    return access(composite);
  }

  #key(scope: TenantScope, id: string): Composite {
    return { tenantId: scope.tenantId, id };
  }
}

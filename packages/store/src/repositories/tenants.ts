import { newId, type Tenant } from '@carillon/domain';
import type { StoreContext, WriteCondition } from '../context';
import type { Page, PageRequest } from '../cursor';
import { tenantEntity } from '../entities/tenant';
import { NotFoundError } from '../errors';
import { type ItemPatch, type NewItem, VersionedItems } from './versioned-items';

/**
 * The tenant directory. Reads by id need no scope (the id is the scope);
 * listing is per reseller, and a reseller's cursor is bound to that reseller.
 */
export class TenantDirectory {
  readonly #items: VersionedItems<Tenant>;

  constructor(private readonly context: StoreContext) {
    this.#items = new VersionedItems(context, tenantEntity, (tenant) => tenant.id);
  }

  find(id: string): Promise<Tenant | undefined> {
    return this.#items.find({ id }, id);
  }

  get(id: string): Promise<Tenant> {
    return this.#items.get({ id }, id, id);
  }

  /** Tenant by slug (unique across the platform: it names the SIP domain). */
  async findBySlug(slug: string): Promise<Tenant | undefined> {
    const holder = await this.#items.uniqueHolder('slug', slug);
    return holder === undefined ? undefined : this.find(holder.id);
  }

  /** One reseller's tenants, in id order. */
  async listByReseller(resellerId: string, page: PageRequest = {}): Promise<Page<Tenant>> {
    const query = this.#items.entity.query.byReseller?.({ resellerId });
    if (query === undefined) throw new NotFoundError('access pattern', 'tenant.byReseller');
    return this.#items.page(`r#${resellerId}`, 'byReseller', query, page, (data) => {
      const tenant = this.#items.accept(data, readId(data));
      return tenant?.resellerId === resellerId ? tenant : undefined;
    });
  }

  create(input: NewItem<Tenant>, options: { id?: string } = {}): Promise<Tenant> {
    const now = this.context.now().toISOString();
    return this.#items.create({
      ...input,
      id: options.id ?? newId('tnt'),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  async update(id: string, patch: ItemPatch<Tenant>, condition: WriteCondition): Promise<Tenant> {
    return this.#items.update({ id }, await this.get(id), patch, condition.expectedVersion);
  }

  async delete(id: string, condition: WriteCondition): Promise<void> {
    await this.#items.delete({ id }, await this.get(id), condition.expectedVersion);
  }
}

function readId(data: unknown): string {
  return typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : '';
}

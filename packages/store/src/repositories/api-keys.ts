import { type ApiKey, apiKeySchema, newId } from '@carillon/domain';
import type { StoreContext, WriteCondition } from '../context';
import type { Page, PageRequest } from '../cursor';
import { attributesOf, type EntityDefinition, key, SERVICE } from '../entities/define';
import { NotFoundError } from '../errors';
import { type ItemPatch, type NewItem, VersionedItems } from './versioned-items';

/**
 * Who a key belongs to, as the partition prefix of its items: a tenant key
 * lives with its tenant (`t#<tenantId>`), a reseller key with its reseller
 * (`r#<resellerId>`), like every other item of those owners.
 */
export function apiKeyOwnerKey(apiKey: Pick<ApiKey, 'owner'>): string {
  return apiKey.owner.kind === 'tenant' ? `t#${apiKey.owner.id}` : `r#${apiKey.owner.id}`;
}

/**
 * API keys. The key hash is unique across the platform, and its guard is how
 * a request's bearer key finds its record (strongly consistent, so a revoked
 * key stops working on the next request).
 */
export const apiKeyEntity: EntityDefinition<ApiKey> = {
  name: 'apiKey',
  schema: apiKeySchema,
  electro: {
    model: { entity: 'apiKey', version: '1', service: SERVICE },
    attributes: attributesOf(apiKeySchema, ['ownerKey', 'id']),
    indexes: {
      byOwner: { pk: key('pk', ['ownerKey'], '${ownerKey}#apiKey'), sk: key('sk', ['id'], '${id}') },
    },
  },
  unique: [
    { field: 'keyHash', constraint: 'api-key-hash', scope: 'platform', value: (apiKey) => apiKey.keyHash },
  ],
};

export class ApiKeyRepository {
  readonly #items: VersionedItems<ApiKey>;

  constructor(private readonly context: StoreContext) {
    this.#items = new VersionedItems(context, apiKeyEntity, apiKeyOwnerKey, (apiKey) => ({
      ownerKey: apiKeyOwnerKey(apiKey),
    }));
  }

  /** `ownerKey` from `apiKeyOwnerKey`; another owner's key is not found. */
  find(ownerKey: string, id: string): Promise<ApiKey | undefined> {
    return this.#items.find({ ownerKey, id }, ownerKey);
  }

  get(ownerKey: string, id: string): Promise<ApiKey> {
    return this.#items.get({ ownerKey, id }, ownerKey, id);
  }

  /** Resolves a presented key by its SHA-256; revoked and expired keys are returned too (the caller decides). */
  async findByHash(keyHash: string): Promise<ApiKey | undefined> {
    const holder = await this.#items.uniqueHolder('keyHash', keyHash);
    return holder === undefined ? undefined : this.find(holder.tenantId, holder.id);
  }

  list(ownerKey: string, page: PageRequest = {}): Promise<Page<ApiKey>> {
    const query = this.#items.entity.query.byOwner?.({ ownerKey });
    if (query === undefined) throw new NotFoundError('access pattern', 'apiKey.byOwner');
    return this.#items.page(ownerKey, 'byOwner', query, page);
  }

  create(input: NewItem<ApiKey> & { tenantId: ApiKey['tenantId'] }, options: { id?: string } = {}) {
    const now = this.context.now().toISOString();
    return this.#items.create({
      ...input,
      id: options.id ?? newId('key'),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  async update(
    ownerKey: string,
    id: string,
    patch: ItemPatch<ApiKey>,
    condition: WriteCondition,
  ): Promise<ApiKey> {
    const current = await this.get(ownerKey, id);
    return this.#items.update({ ownerKey, id }, current, patch, condition.expectedVersion);
  }

  async delete(ownerKey: string, id: string, condition: WriteCondition): Promise<void> {
    const current = await this.get(ownerKey, id);
    await this.#items.delete({ ownerKey, id }, current, condition.expectedVersion);
  }
}

import { newId, type Reseller } from '@carillon/domain';
import type { StoreContext, WriteCondition } from '../context';
import type { Page, PageRequest } from '../cursor';
import { resellerEntity } from '../entities/reseller';
import { NotFoundError } from '../errors';
import { type ItemPatch, type NewItem, VersionedItems } from './versioned-items';

/** Platform owner used to bind cursors of platform-level lists. */
const PLATFORM = 'platform';

/** Resellers: platform-level; only operators (and a reseller for itself) reach these. */
export class ResellerRepository {
  readonly #items: VersionedItems<Reseller>;

  constructor(private readonly context: StoreContext) {
    this.#items = new VersionedItems(
      context,
      resellerEntity,
      () => PLATFORM,
      (reseller) => ({ directory: 'reseller', parentKey: reseller.parentResellerId ?? PLATFORM }),
    );
  }

  find(id: string): Promise<Reseller | undefined> {
    return this.#items.find({ id }, PLATFORM);
  }

  get(id: string): Promise<Reseller> {
    return this.#items.get({ id }, PLATFORM, id);
  }

  list(page: PageRequest = {}): Promise<Page<Reseller>> {
    const query = this.#items.entity.query.all?.({ directory: 'reseller' });
    if (query === undefined) throw new NotFoundError('access pattern', 'reseller.all');
    return this.#items.page(PLATFORM, 'all', query, page);
  }

  /** The resellers directly below `parentId`, in id order; the cursor is bound to that parent. */
  listChildren(parentId: string, page: PageRequest = {}): Promise<Page<Reseller>> {
    const query = this.#items.entity.query.byParent?.({ parentKey: parentId });
    if (query === undefined) throw new NotFoundError('access pattern', 'reseller.byParent');
    return this.#items.page(PLATFORM, `children:${parentId}`, query, page, (data) => {
      const reseller = this.#items.accept(data, PLATFORM);
      return reseller?.parentResellerId === parentId ? reseller : undefined;
    });
  }

  create(input: NewItem<Reseller>, options: { id?: string } = {}): Promise<Reseller> {
    const now = this.context.now().toISOString();
    return this.#items.create({
      ...input,
      id: options.id ?? newId('rsl'),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  async update(id: string, patch: ItemPatch<Reseller>, condition: WriteCondition): Promise<Reseller> {
    return this.#items.update({ id }, await this.get(id), patch, condition.expectedVersion);
  }

  async delete(id: string, condition: WriteCondition): Promise<void> {
    await this.#items.delete({ id }, await this.get(id), condition.expectedVersion);
  }
}

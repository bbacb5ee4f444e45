import type { TenantScope } from '../context';
import type { Page, PageRequest } from '../cursor';
import { OWNER_KEY_ATTRIBUTE } from '../entities/define';
import { type TenantOwnedItem, TenantRepository } from './tenant-repository';

/**
 * A tenant repository whose items may belong to one user of the tenant
 * (devices, voicemail boxes, personal contacts); the entity is defined with
 * `owner`, which gives it the `byOwner` access pattern.
 */
export class OwnedTenantRepository<T extends TenantOwnedItem> extends TenantRepository<T> {
  /** The items of one user, in id order; the cursor is bound to tenant and user. */
  listByOwner(scope: TenantScope, userId: string, page: PageRequest = {}): Promise<Page<T>> {
    return this.listBy(scope, 'byOwner', { [OWNER_KEY_ATTRIBUTE]: userId }, page);
  }
}

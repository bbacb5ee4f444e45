import type { Extension } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { extensionEntity } from '../entities/extension';
import { EXTENSION_NUMBER_CONSTRAINT } from '../entities/extension-number';
import type { GuardOwner } from '../unique';
import { TenantRepository } from './tenant-repository';

export class ExtensionRepository extends TenantRepository<Extension> {
  constructor(context: StoreContext) {
    super(context, extensionEntity, 'ext');
  }

  findByNumber(scope: TenantScope, number: string): Promise<Extension | undefined> {
    return this.findByUnique(scope, 'number', number);
  }

  /**
   * Who holds an internal number in the tenant's numbering plan — a user,
   * group, queue, IVR, voicemail box or extension entry (strongly consistent).
   */
  async numberHolder(scope: TenantScope, number: string): Promise<GuardOwner | undefined> {
    const holder = await this.items.guardOwner(EXTENSION_NUMBER_CONSTRAINT, 'tenant', number, scope.tenantId);
    return holder?.tenantId === scope.tenantId ? holder : undefined;
  }
}

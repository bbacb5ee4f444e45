import type { Device } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { deviceEntity } from '../entities/device';
import { OwnedTenantRepository } from './owned-tenant-repository';

export class DeviceRepository extends OwnedTenantRepository<Device> {
  constructor(context: StoreContext) {
    super(context, deviceEntity, 'dev');
  }

  findByMacAddress(scope: TenantScope, macAddress: string): Promise<Device | undefined> {
    return this.findByUnique(scope, 'macAddress', macAddress);
  }

  /** Platform lookup for the registrar: the digest username of a REGISTER/INVITE names the device. */
  resolveBySipUsername(sipUsername: string): Promise<Device | undefined> {
    return this.resolveByUnique('sipUsername', sipUsername);
  }

  /** Platform lookup for provisioning: a phone asks for its file by MAC address. */
  resolveByMacAddress(macAddress: string): Promise<Device | undefined> {
    return this.resolveByUnique('macAddress', macAddress);
  }
}

import type { PhoneNumber } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { numberEntity } from '../entities/phone-number';
import { TenantRepository } from './tenant-repository';

/** Public numbers (DIDs); each belongs to exactly one tenant across the platform. */
export class PhoneNumberRepository extends TenantRepository<PhoneNumber> {
  constructor(context: StoreContext) {
    super(context, numberEntity, 'num');
  }

  findByE164(scope: TenantScope, e164: string): Promise<PhoneNumber | undefined> {
    return this.findByUnique(scope, 'e164', e164);
  }

  /** Platform lookup for inbound calls: the dialled DID names the tenant. */
  resolveByE164(e164: string): Promise<PhoneNumber | undefined> {
    return this.resolveByUnique('e164', e164);
  }
}

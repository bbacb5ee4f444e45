import type { User } from '@carillon/domain';
import type { StoreContext, TenantScope } from '../context';
import { userEntity } from '../entities/user';
import { TenantRepository } from './tenant-repository';

export class UserRepository extends TenantRepository<User> {
  constructor(context: StoreContext) {
    super(context, userEntity, 'usr');
  }

  findByLogin(scope: TenantScope, login: string): Promise<User | undefined> {
    return this.findByUnique(scope, 'login', login);
  }

  findByExtensionNumber(scope: TenantScope, number: string): Promise<User | undefined> {
    return this.findByUnique(scope, 'extensionNumber', number);
  }

  /** Platform lookup for sign-in: the e-mail address names the user before any tenant is known. */
  resolveByEmail(email: string): Promise<User | undefined> {
    return this.resolveByUnique('email', email);
  }
}

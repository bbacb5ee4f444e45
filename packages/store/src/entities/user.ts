import { type User, userSchema } from '@carillon/domain';
import { defineTenantEntity } from './define';
import { extensionNumberConstraint } from './extension-number';

/** A user of a tenant (T640 manual L820-900). Extension number, login and e-mail are unique. */
export const userEntity = defineTenantEntity<User>('user', userSchema, {
  unique: [
    extensionNumberConstraint<User>('extensionNumber', (user) => user.extensionNumber),
    // Login e-mail identifies the user at the portal's sign-in, before any tenant is known.
    {
      field: 'email',
      constraint: 'user-email',
      scope: 'platform',
      value: (user) => user.email,
      normalise: (raw) => raw.trim().toLowerCase(),
    },
    { field: 'login', constraint: 'user-login', scope: 'tenant', value: (user) => user.login },
  ],
});

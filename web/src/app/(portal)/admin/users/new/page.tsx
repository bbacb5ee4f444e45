import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin } from '../../../../../lib/api-server';
import { CreateUserForm } from './create-user-form';

export const metadata: Metadata = { title: 'New user' };

export default async function NewUserPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('users.createTitle')}</h1>
      <CreateUserForm tenantId={tenantId} />
    </>
  );
}

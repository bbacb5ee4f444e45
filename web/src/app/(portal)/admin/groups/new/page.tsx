import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../../lib/api-server';
import { GroupForm } from '../group-form';
import { memberOptions } from '../users';

export const metadata: Metadata = { title: 'New group' };

export default async function NewGroupPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const users = await memberOptions(await serverApi(), tenantId);
  return (
    <>
      <h1>{t('groups.createTitle')}</h1>
      <GroupForm tenantId={tenantId} users={users} />
    </>
  );
}

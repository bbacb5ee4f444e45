import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../../lib/api-server';
import { GroupForm } from '../group-form';
import { memberOptions } from '../users';

export const metadata: Metadata = { title: 'Group' };

export default async function GroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { groupId } = await params;
  const api = await serverApi();
  const [{ data, response }, users] = await Promise.all([
    api.GET('/tenants/{tenantId}/groups/{groupId}', { params: { path: { tenantId, groupId } } }),
    memberOptions(api, tenantId),
  ]);
  // Another tenant's group is a 404 from the API and here.
  if (data === undefined) {
    if (response.status === 404) notFound();
    throw new Error(`GET group answered ${response.status}`);
  }
  return (
    <>
      <h1>{t('groups.editTitle', { name: data.name })}</h1>
      <GroupForm tenantId={tenantId} users={users} group={data} />
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../../lib/api-server';
import { TrunkForm } from '../trunk-form';

export const metadata: Metadata = { title: 'Trunk' };

export default async function TrunkPage({ params }: { params: Promise<{ trunkId: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { trunkId } = await params;
  const { data, response } = await (await serverApi()).GET('/tenants/{tenantId}/trunks/{trunkId}', {
    params: { path: { tenantId, trunkId } },
  });
  // Another tenant's trunk is a 404 from the API and here.
  if (data === undefined) {
    if (response.status === 404) notFound();
    throw new Error(`GET trunk answered ${response.status}`);
  }
  return (
    <>
      <h1>{t('trunks.editTitle', { name: data.name })}</h1>
      <TrunkForm tenantId={tenantId} trunk={data} />
    </>
  );
}

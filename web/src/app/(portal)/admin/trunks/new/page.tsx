import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin } from '../../../../../lib/api-server';
import { TrunkForm } from '../trunk-form';

export const metadata: Metadata = { title: 'New trunk' };

export default async function NewTrunkPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('trunks.createTitle')}</h1>
      <TrunkForm tenantId={tenantId} />
    </>
  );
}

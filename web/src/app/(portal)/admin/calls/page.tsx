import type { Metadata } from 'next';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Calls' };

export default async function CallsPage() {
  await requireTenantAdmin();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('calls.title')}</h1>
      <Unavailable what="calls" />
    </>
  );
}

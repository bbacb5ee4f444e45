import type { Metadata } from 'next';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantUser } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'My Calls' };

export default async function MyCallsPage() {
  await requireTenantUser();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('myCalls.title')}</h1>
      <Unavailable what="calls" />
    </>
  );
}

import type { Metadata } from 'next';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantUser } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'My Devices' };

export default async function MyDevicesPage() {
  await requireTenantUser();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('myDevices.title')}</h1>
      <Unavailable what="devices" />
    </>
  );
}

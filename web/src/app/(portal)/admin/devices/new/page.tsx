import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../../lib/api-server';
import { sipEdge } from '../../../../../lib/sip-edge';
import { CreateDeviceForm } from './create-device-form';

export const metadata: Metadata = { title: 'New device' };

/** Owners offered in the form: the first page of users; beyond it, the API's userId field takes an id. */
const USER_LIMIT = 100;

export default async function NewDevicePage({
  searchParams,
}: {
  searchParams: Promise<{ userId?: string }>;
}) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { userId } = await searchParams;
  const api = await serverApi();
  const [users, tenant] = await Promise.all([
    api.GET('/tenants/{tenantId}/users', { params: { path: { tenantId }, query: { limit: USER_LIMIT } } }),
    api.GET('/tenants/{tenantId}', { params: { path: { tenantId } } }),
  ]);
  if (users.data === undefined) throw new Error(users.error?.detail ?? 'the user list could not be read');
  if (tenant.data === undefined) throw new Error(tenant.error?.detail ?? 'the tenant could not be read');
  const options = [...users.data.items]
    .sort((a, b) => a.extensionNumber.localeCompare(b.extensionNumber))
    .map((user) => ({ id: user.id, label: `${user.extensionNumber} · ${user.firstName} ${user.lastName}` }));
  return (
    <>
      <h1>{t('devices.createTitle')}</h1>
      <CreateDeviceForm
        tenantId={tenantId}
        users={options}
        sipDomain={tenant.data.sipDomain}
        edge={sipEdge()}
        userId={userId}
      />
    </>
  );
}

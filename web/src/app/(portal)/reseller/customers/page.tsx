import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireCaller } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Customers' };

export default async function CustomersPage() {
  const caller = await requireCaller();
  if (caller.role !== 'reseller-admin' && caller.role !== 'operator') notFound();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('customers.title')}</h1>
      <Unavailable what="tenants" />
    </>
  );
}

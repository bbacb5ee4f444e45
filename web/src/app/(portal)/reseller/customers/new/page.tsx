import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireReseller } from '../../reseller-caller';
import { CreateCustomerForm } from './create-customer-form';

export const metadata: Metadata = { title: 'New customer' };

export default async function NewCustomerPage() {
  await requireReseller();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('customers.create')}</h1>
      <CreateCustomerForm />
    </>
  );
}

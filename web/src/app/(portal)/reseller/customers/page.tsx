import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { serverApi } from '../../../../lib/api-server';
import { formatDateTime } from '../../../../lib/format';
import { requireReseller } from '../reseller-caller';
import { StatusBadge } from './status-badge';

export const metadata: Metadata = { title: 'Customers' };

const PAGE_SIZE = 50;

/** The reseller's customers (tenants): status, SIP domain, limits; a new one; each one's page. */
export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { resellerId } = await requireReseller();
  const { t, locale } = await getI18n();
  const { cursor } = await searchParams;
  const { data, error } = await (await serverApi()).GET('/resellers/{resellerId}/tenants', {
    params: {
      path: { resellerId },
      query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
    },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the customer list could not be read');
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('customers.title')}</h1>
        <Link className="button" href="/reseller/customers/new">
          {t('customers.create')}
        </Link>
      </div>
      <div className="table-wrap">
        <table aria-label={t('customers.title')}>
          <thead>
            <tr>
              <th scope="col">{t('customers.name')}</th>
              <th scope="col">{t('customers.status')}</th>
              <th scope="col">{t('customers.sipDomain')}</th>
              <th scope="col">{t('customers.maxUsers')}</th>
              <th scope="col">{t('customers.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((tenant) => (
              <tr key={tenant.id} data-tenant-id={tenant.id}>
                <th scope="row">
                  <Link href={`/reseller/customers/${tenant.id}`}>{tenant.name}</Link>
                </th>
                <td>
                  <StatusBadge status={tenant.status} t={t} />
                </td>
                <td>{tenant.sipDomain}</td>
                <td>{tenant.limits.maxUsers ?? '∞'}</td>
                <td>{formatDateTime(tenant.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
    </>
  );
}

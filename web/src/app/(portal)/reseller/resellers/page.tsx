import type { Metadata } from 'next';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { serverApi } from '../../../../lib/api-server';
import { formatDateTime } from '../../../../lib/format';
import { requireReseller } from '../reseller-caller';
import { CreateSubResellerForm } from './create-sub-reseller-form';

export const metadata: Metadata = { title: 'Sub-resellers' };

const PAGE_SIZE = 50;

/** The resellers directly below the caller's: contact, status, limits; a new one. */
export default async function SubResellersPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { resellerId } = await requireReseller();
  const { t, locale } = await getI18n();
  const { cursor } = await searchParams;
  const { data, error } = await (await serverApi()).GET('/resellers/{resellerId}/resellers', {
    params: {
      path: { resellerId },
      query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
    },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the sub-resellers could not be read');
  return (
    <>
      <h1>{t('subResellers.title')}</h1>
      <div className="table-wrap">
        <table aria-label={t('subResellers.title')}>
          <thead>
            <tr>
              <th scope="col">{t('customers.name')}</th>
              <th scope="col">{t('subResellers.contact')}</th>
              <th scope="col">{t('customers.status')}</th>
              <th scope="col">{t('subResellers.maxTenants')}</th>
              <th scope="col">{t('customers.maxUsers')}</th>
              <th scope="col">{t('customers.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((reseller) => (
              <tr key={reseller.id} data-reseller-id={reseller.id}>
                <th scope="row">{reseller.name}</th>
                <td>{reseller.contactEmail}</td>
                <td>
                  <span className={reseller.status === 'active' ? 'badge ok' : 'badge'}>
                    {t(`customers.status.${reseller.status}`)}
                  </span>
                </td>
                <td>{reseller.limits.maxTenants ?? '∞'}</td>
                <td>{reseller.limits.maxUsers ?? '∞'}</td>
                <td>{formatDateTime(reseller.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
      <CreateSubResellerForm />
    </>
  );
}

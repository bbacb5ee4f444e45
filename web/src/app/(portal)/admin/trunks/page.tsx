import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import styles from '../../../../components/stacked-table.module.css';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Trunks' };

const PAGE_SIZE = 50;

/**
 * SIP trunks (T640 manual L2389-2730) with their configuration. Their live
 * registration state is not in the API yet, so the status column says so
 * instead of guessing.
 */
export default async function TrunksPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const { data, error } = await (await serverApi()).GET('/tenants/{tenantId}/trunks', {
    params: { path: { tenantId }, query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) } },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the trunk list could not be read');
  const trunks = [...data.items].sort((a, b) => a.name.localeCompare(b.name));
  const yesNo = (value: boolean) => (value ? t('app.yes') : t('app.no'));
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('trunks.title')}</h1>
        <Link className="button" href="/admin/trunks/new">
          {t('trunks.new')}
        </Link>
      </div>
      <div className="table-wrap">
        <table className={styles.stacked}>
          <thead>
            <tr>
              <th scope="col">{t('trunks.name')}</th>
              <th scope="col">{t('trunks.registrar')}</th>
              <th scope="col">{t('trunks.username')}</th>
              <th scope="col">{t('trunks.register')}</th>
              <th scope="col">{t('trunks.directions')}</th>
              <th scope="col">{t('trunks.status')}</th>
            </tr>
          </thead>
          <tbody>
            {trunks.map((trunk) => (
              <tr key={trunk.id} data-trunk-id={trunk.id}>
                <th scope="row">
                  <Link href={`/admin/trunks/${encodeURIComponent(trunk.id)}`}>{trunk.name}</Link>
                </th>
                <td data-label={t('trunks.registrar')}>
                  {trunk.registrar}:{trunk.port} ({trunk.transport.toUpperCase()})
                </td>
                <td data-label={t('trunks.username')}>{trunk.username}</td>
                <td data-label={t('trunks.register')}>{yesNo(trunk.register)}</td>
                <td data-label={t('trunks.directions')}>
                  {[
                    trunk.allowInbound ? t('trunks.inbound') : null,
                    trunk.allowOutbound ? t('trunks.outbound') : null,
                  ]
                    .filter((value) => value !== null)
                    .join(', ') || '—'}
                </td>
                <td data-label={t('trunks.status')}>
                  <span className="badge" title={t('trunks.statusUnknownHint')}>
                    {t('trunks.statusUnknown')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {trunks.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
    </>
  );
}

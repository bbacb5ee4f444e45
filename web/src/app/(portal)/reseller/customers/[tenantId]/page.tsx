import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getI18n } from '../../../../../i18n/server';
import { serverApi } from '../../../../../lib/api-server';
import { formatDateTime } from '../../../../../lib/format';
import { requireReseller } from '../../reseller-caller';
import { StatusBadge } from '../status-badge';
import { AddNumberForm } from './add-number-form';
import { LimitsForm } from './limits-form';
import { StatusActions } from './status-actions';

export const metadata: Metadata = { title: 'Customer' };

function usageText(count: number, limit: number | null): string {
  return limit === null ? `${count} / ∞` : `${count} / ${limit}`;
}

/**
 * One customer: status with its changes (suspend, resume, delete with a
 * grace period, restore), limits against usage, and its numbers with the
 * form to add a DID. Another reseller's customer is the API's 404, and so
 * the portal's.
 */
export default async function CustomerPage({ params }: { params: Promise<{ tenantId: string }> }) {
  await requireReseller();
  const { t, locale } = await getI18n();
  const { tenantId } = await params;
  const api = await serverApi();
  const { data: tenant, response } = await api.GET('/tenants/{tenantId}', { params: { path: { tenantId } } });
  if (tenant === undefined) {
    if (response.status === 404 || response.status === 400) notFound();
    throw new Error(`GET /tenants/${tenantId} answered ${response.status}`);
  }
  const [usage, numbers] = await Promise.all([
    api.GET('/tenants/{tenantId}/usage', { params: { path: { tenantId } } }),
    api.GET('/tenants/{tenantId}/numbers', { params: { path: { tenantId }, query: { limit: 100 } } }),
  ]);
  return (
    <>
      <p>
        <Link href="/reseller/customers">← {t('customers.back')}</Link>
      </p>
      <h1>{tenant.name}</h1>
      <dl className="pairs">
        <dt>{t('customers.status')}</dt>
        <dd>
          <StatusBadge status={tenant.status} t={t} />
          {tenant.deletionScheduledAt === null
            ? null
            : ` ${t('customers.purgeAt', { at: formatDateTime(tenant.deletionScheduledAt, locale) })}`}
        </dd>
        <dt>{t('customers.slug')}</dt>
        <dd>{tenant.slug}</dd>
        <dt>{t('customers.sipDomain')}</dt>
        <dd>{tenant.sipDomain}</dd>
        <dt>{t('customers.country')}</dt>
        <dd>{tenant.country}</dd>
        <dt>{t('customers.timeZone')}</dt>
        <dd>{tenant.timeZone}</dd>
        <dt>{t('customers.createdAt')}</dt>
        <dd>{formatDateTime(tenant.createdAt, locale)}</dd>
      </dl>
      <StatusActions
        tenantId={tenant.id}
        name={tenant.name}
        version={tenant.version}
        status={tenant.status}
      />

      <h2 id="usage">{t('customers.usage')}</h2>
      {usage.data === undefined ? (
        <p className="notice error">
          {t('app.error', { detail: usage.error?.detail ?? String(usage.response.status) })}
        </p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="usage">
            <thead>
              <tr>
                <th scope="col">{t('customers.what')}</th>
                <th scope="col">{t('customers.usedOfLimit')}</th>
              </tr>
            </thead>
            <tbody>
              <tr data-usage="users">
                <th scope="row">{t('customers.maxUsers')}</th>
                <td>{usageText(usage.data.users.count, usage.data.users.limit)}</td>
              </tr>
              <tr data-usage="devices">
                <th scope="row">{t('customers.devices')}</th>
                <td>{usageText(usage.data.devices.count, usage.data.devices.limit)}</td>
              </tr>
              <tr data-usage="numbers">
                <th scope="row">{t('customers.numbers')}</th>
                <td>{usageText(usage.data.numbers.count, usage.data.numbers.limit)}</td>
              </tr>
              <tr data-usage="calls">
                <th scope="row">{t('customers.maxCalls')}</th>
                <td>{usage.data.concurrentCalls.limit ?? '∞'}</td>
              </tr>
              <tr>
                <th scope="row">{t('customers.international')}</th>
                <td>{tenant.limits.allowInternational ? t('app.yes') : t('app.no')}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}

      {tenant.status === 'deleted-pending' ? null : (
        <LimitsForm tenantId={tenant.id} version={tenant.version} limits={tenant.limits} />
      )}

      <h2 id="numbers">{t('customers.numbers')}</h2>
      {numbers.data === undefined ? (
        <p className="notice error">
          {t('app.error', { detail: numbers.error?.detail ?? String(numbers.response.status) })}
        </p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="numbers">
            <thead>
              <tr>
                <th scope="col">{t('customers.e164')}</th>
                <th scope="col">{t('customers.label')}</th>
                <th scope="col">{t('customers.status')}</th>
              </tr>
            </thead>
            <tbody>
              {numbers.data.items.map((number) => (
                <tr key={number.id} data-number-id={number.id}>
                  <th scope="row">{number.e164}</th>
                  <td>{number.label}</td>
                  <td>{number.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {numbers.data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
        </div>
      )}
      {tenant.status === 'deleted-pending' ? null : <AddNumberForm tenantId={tenant.id} />}
    </>
  );
}

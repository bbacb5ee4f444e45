import type { Metadata } from 'next';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Settings' };

/**
 * The tenant's settings as the API gives them to its admins: read-only,
 * because the role table (packages/domain/src/rights.ts) grants tenant admins
 * `tenant: read` only — country, area code, prefixes, time zone and limits
 * are set by the reseller. Usage against the limits comes from /usage.
 */
export default async function SettingsPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const api = await serverApi();
  const [tenant, usage] = await Promise.all([
    api.GET('/tenants/{tenantId}', { params: { path: { tenantId } } }),
    api.GET('/tenants/{tenantId}/usage', { params: { path: { tenantId } } }),
  ]);
  if (tenant.data === undefined) throw new Error(tenant.error?.detail ?? 'the tenant could not be read');
  const settings = tenant.data;
  const limit = (value: number | null) => (value === null ? t('settings.unlimited') : String(value));
  const used = (figure: { count: number; limit: number | null } | undefined) =>
    figure === undefined
      ? '—'
      : figure.limit === null
        ? String(figure.count)
        : t('settings.usedOf', { count: figure.count, limit: figure.limit });
  const spend = settings.limits.dailySpendLimit;
  // The tenant's e-mail (system notices, sender of voicemail mail) is newer than some generated clients.
  const email = (settings as { email?: string | null }).email ?? null;
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p className="notice">{t('settings.readOnly')}</p>
      <section aria-labelledby="settings-tenant">
        <h2 id="settings-tenant">{t('settings.tenant')}</h2>
        <dl className="pairs" data-testid="tenant-settings">
          <dt>{t('settings.name')}</dt>
          <dd>{settings.name}</dd>
          <dt>{t('devices.domain')}</dt>
          <dd className="secret">{settings.sipDomain}</dd>
          <dt>{t('settings.status')}</dt>
          <dd>{t(`settings.status.${settings.status}`)}</dd>
          <dt>{t('settings.country')}</dt>
          <dd>{settings.country}</dd>
          <dt>{t('settings.areaCode')}</dt>
          <dd>{settings.areaCode === '' ? '—' : settings.areaCode}</dd>
          <dt>{t('settings.outsideLinePrefix')}</dt>
          <dd>{settings.outsideLinePrefix === '' ? '—' : settings.outsideLinePrefix}</dd>
          <dt>{t('settings.internalRange')}</dt>
          <dd>
            {settings.internalNumberRange.from}–{settings.internalNumberRange.to}
          </dd>
          <dt>{t('settings.emergencyNumbers')}</dt>
          <dd>{settings.emergencyNumbers.join(', ') || '—'}</dd>
          <dt>{t('settings.timeZone')}</dt>
          <dd>{settings.timeZone}</dd>
          <dt>{t('settings.language')}</dt>
          <dd>{settings.language}</dd>
          <dt>{t('settings.email')}</dt>
          <dd>{email ?? '—'}</dd>
        </dl>
      </section>
      <section aria-labelledby="settings-limits">
        <h2 id="settings-limits">{t('settings.limits')}</h2>
        <dl className="pairs">
          <dt>{t('settings.users')}</dt>
          <dd>{usage.data === undefined ? limit(settings.limits.maxUsers) : used(usage.data.users)}</dd>
          <dt>{t('settings.devices')}</dt>
          <dd>{used(usage.data?.devices)}</dd>
          <dt>{t('settings.numbers')}</dt>
          <dd>{used(usage.data?.numbers)}</dd>
          <dt>{t('settings.concurrentCalls')}</dt>
          <dd>{limit(settings.limits.maxConcurrentCalls)}</dd>
          <dt>{t('settings.callsPerMinute')}</dt>
          <dd>{limit(settings.limits.maxOutboundCallsPerMinute)}</dd>
          <dt>{t('settings.international')}</dt>
          <dd>{settings.limits.allowInternational ? t('app.yes') : t('app.no')}</dd>
          <dt>{t('settings.dailySpend')}</dt>
          <dd>
            {spend === null
              ? t('settings.unlimited')
              : `${(spend.amountMinor / 100).toFixed(2)} ${spend.currency}`}
          </dd>
        </dl>
      </section>
    </>
  );
}

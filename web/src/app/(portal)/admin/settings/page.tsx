import type { Metadata } from 'next';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';
import { SettingsForm } from './settings-form';

export const metadata: Metadata = { title: 'Settings' };

/**
 * The tenant's settings: the PBX settings the tenant admin changes (name, country, area code,
 * outside-line prefix, time zone, language, e-mail — `tenant: update` in the role table), the
 * facts it cannot (SIP domain, status, numbering range), and the limits the reseller sets, with
 * usage against them from /usage.
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
  const email = settings.email;
  return (
    <>
      <h1>{t('settings.title')}</h1>
      <SettingsForm
        tenantId={tenantId}
        version={settings.version}
        settings={{
          name: settings.name,
          country: settings.country,
          areaCode: settings.areaCode,
          outsideLinePrefix: settings.outsideLinePrefix,
          timeZone: settings.timeZone,
          language: settings.language,
          email,
        }}
      />
      <section aria-labelledby="settings-tenant">
        <h2 id="settings-tenant">{t('settings.tenant')}</h2>
        <dl className="pairs" data-testid="tenant-settings">
          <dt>{t('devices.domain')}</dt>
          <dd className="secret">{settings.sipDomain}</dd>
          <dt>{t('settings.status')}</dt>
          <dd>{t(`settings.status.${settings.status}`)}</dd>
          <dt>{t('settings.internalRange')}</dt>
          <dd>
            {settings.internalNumberRange.from}–{settings.internalNumberRange.to}
          </dd>
          <dt>{t('settings.emergencyNumbers')}</dt>
          <dd>{settings.emergencyNumbers.join(', ') || '—'}</dd>
        </dl>
      </section>
      <section aria-labelledby="settings-limits">
        <h2 id="settings-limits">{t('settings.limits')}</h2>
        <p>{t('settings.limitsByReseller')}</p>
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

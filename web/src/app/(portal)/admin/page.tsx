import type { Metadata } from 'next';
import Link from 'next/link';
import { CallChart } from '../../../components/calls/call-chart';
import { Unavailable } from '../../../components/unavailable';
import { getI18n } from '../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../lib/api-server';
import { callChart } from '../../../lib/call-chart';
import { dashboardAlerts } from '../../../lib/dashboard-alerts';

export const metadata: Metadata = { title: 'Dashboard' };

/** The list's page size bounds the counts shown: the API has no count route, so "100+" says "at least". */
const COUNT_LIMIT = 100;
/** Devices whose registration is read (one request each). */
const DEVICE_LIMIT = 50;
/** Today's calls read for the chart, in pages of the API's maximum. */
const CHART_CALLS = 1_000;

const atLeast = (items: readonly unknown[], nextCursor: string | undefined) =>
  `${items.length}${nextCursor === undefined ? '' : '+'}`;

export default async function DashboardPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t, locale } = await getI18n();
  const api = await serverApi();
  const now = new Date();
  // "Today" in UTC: the server does not know the browser's time zone (as lib/format.ts says).
  const today = { from: `${now.toISOString().slice(0, 10)}T00:00:00.000Z`, to: now.toISOString() };

  async function todaysCalls() {
    const calls: { startedAt: string; disposition: string }[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await api.GET('/tenants/{tenantId}/cdrs', {
        params: {
          path: { tenantId },
          query: { ...today, limit: COUNT_LIMIT, ...(cursor === undefined ? {} : { cursor }) },
        },
      });
      if (data === undefined) return undefined;
      calls.push(...data.items);
      cursor = data.nextCursor;
    } while (cursor !== undefined && calls.length < CHART_CALLS);
    return { calls, partial: cursor !== undefined };
  }

  async function deviceStates() {
    const { data } = await api.GET('/tenants/{tenantId}/devices', {
      params: { path: { tenantId }, query: { limit: DEVICE_LIMIT } },
    });
    if (data === undefined) return undefined;
    const devices = await Promise.all(
      data.items.map(async (device) => {
        const { data: state } = await api.GET('/tenants/{tenantId}/devices/{deviceId}/registrations', {
          params: { path: { tenantId, deviceId: device.id } },
        });
        return { displayName: device.displayName, registered: state?.registered };
      }),
    );
    return { devices, more: data.nextCursor !== undefined };
  }

  const list = { params: { path: { tenantId }, query: { limit: COUNT_LIMIT } } };
  const [users, devices, calls, trunks, numbers] = await Promise.all([
    api.GET('/tenants/{tenantId}/users', list),
    deviceStates(),
    todaysCalls(),
    api.GET('/tenants/{tenantId}/trunks', list),
    api.GET('/tenants/{tenantId}/numbers', list),
  ]);
  const registered = devices?.devices.filter((device) => device.registered === true).length;
  const alerts = dashboardAlerts({
    devices: devices?.devices ?? [],
    numbers: numbers.data?.items,
    trunkCount: trunks.data?.items.length,
  });
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="card-users">
          <h2 id="card-users">{t('dashboard.users')}</h2>
          <p className="figure">
            <Link href="/admin/users">
              {users.data === undefined ? '—' : atLeast(users.data.items, users.data.nextCursor)}
            </Link>
          </p>
        </section>
        <section className="card" aria-labelledby="card-registered">
          <h2 id="card-registered">{t('dashboard.registered')}</h2>
          {devices === undefined ? (
            <Unavailable what="registrations" />
          ) : (
            <p className="figure" data-testid="registered-devices">
              <Link href="/admin/devices">
                {t('dashboard.registeredOf', {
                  registered: registered ?? 0,
                  total: `${devices.devices.length}${devices.more ? '+' : ''}`,
                })}
              </Link>
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="card-live">
          <h2 id="card-live">{t('dashboard.liveCalls')}</h2>
          <Unavailable what="live-calls" />
        </section>
        <section className="card" aria-labelledby="card-calls">
          <h2 id="card-calls">{t('dashboard.callsToday')}</h2>
          {calls === undefined ? (
            <Unavailable what="cdrs" />
          ) : (
            <p className="figure">
              <Link href="/admin/calls">{`${calls.calls.length}${calls.partial ? '+' : ''}`}</Link>
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="dashboard-alerts" data-testid="alerts">
        <h2 id="dashboard-alerts">{t('dashboard.alerts')}</h2>
        {alerts.length === 0 ? (
          <p>{t('dashboard.noAlerts')}</p>
        ) : (
          <ul>
            {alerts.map((alert) => (
              <li key={alert.kind} data-alert={alert.kind}>
                {alert.kind === 'devices-unregistered' ? (
                  <Link href="/admin/devices">
                    {t('dashboard.alert.devices', { count: alert.count, names: alert.names.join(', ') })}
                  </Link>
                ) : alert.kind === 'numbers-unassigned' ? (
                  <Link href="/admin/numbers">
                    {t('dashboard.alert.numbers', { count: alert.count, numbers: alert.numbers.join(', ') })}
                  </Link>
                ) : (
                  <Link href="/admin/trunks">{t('dashboard.alert.noTrunk')}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="hint">{t('dashboard.trunkStateUnknown')}</p>
      </section>
      {calls === undefined ? null : (
        <CallChart
          chart={callChart(calls.calls, today)}
          partial={calls.partial ? calls.calls.length : undefined}
          t={t}
          locale={locale}
        />
      )}
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { Unavailable } from '../../../components/unavailable';
import { getI18n } from '../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../lib/api-server';

export const metadata: Metadata = { title: 'Dashboard' };

/** The list's page size bounds the count shown: the API has no count route, so "50+" says "at least". */
const COUNT_LIMIT = 100;

export default async function DashboardPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const users = await (await serverApi()).GET('/tenants/{tenantId}/users', {
    params: { path: { tenantId }, query: { limit: COUNT_LIMIT } },
  });
  const userCount =
    users.data === undefined
      ? '—'
      : `${users.data.items.length}${users.data.nextCursor === undefined ? '' : '+'}`;
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="card-users">
          <h2 id="card-users">{t('dashboard.users')}</h2>
          <p className="figure">
            <Link href="/admin/users">{userCount}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="card-registered">
          <h2 id="card-registered">{t('dashboard.registered')}</h2>
          <Unavailable what="registrations" />
        </section>
        <section className="card" aria-labelledby="card-calls">
          <h2 id="card-calls">{t('dashboard.callsToday')}</h2>
          <Unavailable what="cdrs" />
        </section>
        <section className="card" aria-labelledby="card-alerts">
          <h2 id="card-alerts">{t('dashboard.alerts')}</h2>
          <Unavailable what="alerts" />
        </section>
      </div>
    </>
  );
}

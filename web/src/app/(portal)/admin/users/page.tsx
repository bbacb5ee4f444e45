import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Users' };

const PAGE_SIZE = 50;

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const { data, error } = await (await serverApi()).GET('/tenants/{tenantId}/users', {
    params: { path: { tenantId }, query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) } },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the user list could not be read');
  const users = [...data.items].sort((a, b) => a.extensionNumber.localeCompare(b.extensionNumber));
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('users.title')}</h1>
        <Link className="button" href="/admin/users/new">
          {t('users.new')}
        </Link>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.extension')}</th>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.login')}</th>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.language')}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-user-id={user.id}>
                <td>{user.extensionNumber}</td>
                <th scope="row">
                  {user.firstName} {user.lastName}
                </th>
                <td>{user.login}</td>
                <td>{user.email}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>{user.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
    </>
  );
}

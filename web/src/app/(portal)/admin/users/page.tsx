import type { Schema } from '@carillon/api-client';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Users' };

const PAGE_SIZE = 50;

type Kind = Schema<'Extension'>['owner']['kind'];

/**
 * The numbering plan as a person reads it: every number with what it reaches.
 * Users carry their number themselves; groups, queues and IVRs have extension
 * records. One row per number, the extension record winning.
 */
function numberingPlan(users: readonly Schema<'User'>[], extensions: readonly Schema<'Extension'>[]) {
  const plan = new Map<string, { number: string; name: string; kind: Kind }>();
  for (const user of users) {
    plan.set(user.extensionNumber, {
      number: user.extensionNumber,
      name: `${user.firstName} ${user.lastName}`,
      kind: 'user',
    });
  }
  for (const extension of extensions) {
    plan.set(extension.number, {
      number: extension.number,
      name: extension.displayName,
      kind: extension.owner.kind,
    });
  }
  return [...plan.values()].sort((a, b) => a.number.localeCompare(b.number));
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const api = await serverApi();
  const [{ data, error }, extensions] = await Promise.all([
    api.GET('/tenants/{tenantId}/users', {
      params: {
        path: { tenantId },
        query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
      },
    }),
    // The numbering plan's first page beside the users: groups, queues and IVRs have numbers too.
    api.GET('/tenants/{tenantId}/extensions', {
      params: { path: { tenantId }, query: { limit: PAGE_SIZE } },
    }),
  ]);
  if (data === undefined) throw new Error(error?.detail ?? 'the user list could not be read');
  const users = [...data.items].sort((a, b) => a.extensionNumber.localeCompare(b.extensionNumber));
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('users.title')}</h1>
        <Link className="button secondary" href="/admin/users/import">
          {t('usersImport.link')}
        </Link>
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
      <h2 id="numbering-plan">{t('extensions.title')}</h2>
      {extensions.data === undefined ? (
        <Unavailable what="extensions" />
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="numbering-plan">
            <thead>
              <tr>
                <th scope="col">{t('users.extension')}</th>
                <th scope="col">{t('extensions.owner')}</th>
                <th scope="col">{t('extensions.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {numberingPlan(users, extensions.data.items).map((entry) => (
                <tr key={entry.number}>
                  <td>{entry.number}</td>
                  <th scope="row">{entry.name}</th>
                  <td>{t(`extensions.kind.${entry.kind}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {extensions.data.nextCursor === undefined ? null : <p className="hint">{t('extensions.more')}</p>}
        </div>
      )}
    </>
  );
}

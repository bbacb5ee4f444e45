import type { Metadata } from 'next';
import Link from 'next/link';
import { NextPageLink } from '../../../../components/next-page-link';
import styles from '../../../../components/stacked-table.module.css';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';
import { memberOptions } from './users';

export const metadata: Metadata = { title: 'Groups' };

const PAGE_SIZE = 50;

/** Ring/hunt groups and pickup groups (T640 manual L999-1140): number, strategy, members in order. */
export default async function GroupsPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const api = await serverApi();
  const [{ data, error }, users] = await Promise.all([
    api.GET('/tenants/{tenantId}/groups', {
      params: {
        path: { tenantId },
        query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
      },
    }),
    memberOptions(api, tenantId),
  ]);
  if (data === undefined) throw new Error(error?.detail ?? 'the group list could not be read');
  const names = new Map(users.map((user) => [user.id, user.label]));
  const groups = [...data.items].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <div className="toolbar">
        <h1 style={{ marginRight: 'auto', marginBottom: 0 }}>{t('groups.title')}</h1>
        <Link className="button" href="/admin/groups/new">
          {t('groups.new')}
        </Link>
      </div>
      <div className="table-wrap">
        <table className={styles.stacked}>
          <thead>
            <tr>
              <th scope="col">{t('groups.name')}</th>
              <th scope="col">{t('groups.extension')}</th>
              <th scope="col">{t('groups.kind')}</th>
              <th scope="col">{t('groups.members')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.id} data-group-id={group.id}>
                <th scope="row">
                  <Link href={`/admin/groups/${encodeURIComponent(group.id)}`}>{group.name}</Link>
                </th>
                <td data-label={t('groups.extension')}>{group.extensionNumber ?? '—'}</td>
                <td data-label={t('groups.kind')}>{t(`groups.kind.${group.kind}`)}</td>
                <td data-label={t('groups.members')}>
                  {group.members.length === 0 ? (
                    '—'
                  ) : (
                    <ol style={{ margin: 0, paddingLeft: '1.25rem' }}>
                      {group.members.map((member) => (
                        <li key={member.userId}>
                          {names.get(member.userId) ?? member.userId}
                          {group.kind === 'pickup' ? '' : ` · ${member.timeoutSeconds} s`}
                          {member.loggedOn ? '' : ` · ${t('groups.loggedOff')}`}
                        </li>
                      ))}
                    </ol>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {groups.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
    </>
  );
}

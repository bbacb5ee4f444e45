import type { Metadata } from 'next';
import { NextPageLink } from '../../../../components/next-page-link';
import styles from '../../../../components/stacked-table.module.css';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';
import { NumberAssignment, type TargetOption } from './number-assignment';
import { targetValue } from './number-target';

export const metadata: Metadata = { title: 'Numbers' };

const PAGE_SIZE = 50;
/** Targets offered: the first page of each kind (the API's page maximum). */
const TARGET_LIMIT = 100;

/**
 * The tenant's public numbers (DIDs, T300 manual L1602-1608) with where each
 * one rings. The reseller adds and releases numbers; the admin assigns them
 * to a user, a group, or another extension (queue, IVR) here.
 */
export default async function NumbersPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const api = await serverApi();
  const page = { params: { path: { tenantId }, query: { limit: TARGET_LIMIT } } };
  const [numbers, users, groups, extensions] = await Promise.all([
    api.GET('/tenants/{tenantId}/numbers', {
      params: {
        path: { tenantId },
        query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
      },
    }),
    api.GET('/tenants/{tenantId}/users', page),
    api.GET('/tenants/{tenantId}/groups', page),
    api.GET('/tenants/{tenantId}/extensions', page),
  ]);
  if (numbers.data === undefined)
    throw new Error(numbers.error?.detail ?? 'the number list could not be read');
  const byNumber = <T extends { label: string }>(items: T[]) =>
    items.sort((a, b) => a.label.localeCompare(b.label));
  const options: { group: string; items: TargetOption[] }[] = [
    {
      group: t('numbers.kind.user'),
      items: byNumber(
        (users.data?.items ?? []).map((user) => ({
          value: `user:${user.id}`,
          label: `${user.extensionNumber} · ${user.firstName} ${user.lastName}`,
        })),
      ),
    },
    {
      group: t('numbers.kind.group'),
      items: byNumber(
        (groups.data?.items ?? []).map((group) => ({
          value: `group:${group.id}`,
          label: `${group.extensionNumber ?? '—'} · ${group.name}`,
        })),
      ),
    },
    {
      // Queues, IVRs and other numbers of the plan; users and groups are offered above.
      group: t('numbers.kind.extension'),
      items: byNumber(
        (extensions.data?.items ?? [])
          .filter((extension) => extension.owner.kind !== 'user' && extension.owner.kind !== 'group')
          .map((extension) => ({
            value: `extension:${extension.id}`,
            label: `${extension.number} · ${extension.displayName}`,
          })),
      ),
    },
  ].filter((group) => group.items.length > 0);
  const labels = new Map(options.flatMap((group) => group.items.map((item) => [item.value, item.label])));
  const items = [...numbers.data.items].sort((a, b) => a.e164.localeCompare(b.e164));
  return (
    <>
      <h1>{t('numbers.title')}</h1>
      <p className="hint">{t('numbers.intro')}</p>
      <div className="table-wrap">
        <table className={styles.stacked}>
          <thead>
            <tr>
              <th scope="col">{t('numbers.number')}</th>
              <th scope="col">{t('numbers.status')}</th>
              <th scope="col">{t('numbers.assignedTo')}</th>
              <th scope="col">{t('numbers.change')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((number) => (
              <tr key={number.id} data-number-id={number.id}>
                <th scope="row">
                  {number.e164}
                  {number.label === '' ? null : (
                    <>
                      <br />
                      <small>{number.label}</small>
                    </>
                  )}
                </th>
                <td data-label={t('numbers.status')}>{t(`numbers.status.${number.status}`)}</td>
                <td data-label={t('numbers.assignedTo')}>
                  {number.target === null
                    ? '—'
                    : (labels.get(targetValue(number.target)) ??
                      `${t(`numbers.kind.${number.target.kind}`)} ${number.target.id}`)}
                </td>
                <td data-label={t('numbers.change')}>
                  <NumberAssignment tenantId={tenantId} number={number} options={options} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('numbers.empty')}</p> : null}
      </div>
      <NextPageLink cursor={numbers.data.nextCursor} label={t('app.next')} />
    </>
  );
}

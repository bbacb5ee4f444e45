import type { Metadata } from 'next';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin, serverApi } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Voicemail' };

export default async function VoicemailBoxesPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  const { cursor } = await searchParams;
  const api = await serverApi();
  const [boxes, users] = await Promise.all([
    api.GET('/tenants/{tenantId}/voicemail-boxes', {
      params: { path: { tenantId }, query: { limit: 50, ...(cursor === undefined ? {} : { cursor }) } },
    }),
    api.GET('/tenants/{tenantId}/users', { params: { path: { tenantId }, query: { limit: 100 } } }),
  ]);
  if (boxes.data === undefined)
    throw new Error(boxes.error?.detail ?? 'the voicemail boxes could not be read');
  const userName = new Map(
    (users.data?.items ?? []).map((user) => [user.id, `${user.firstName} ${user.lastName}`] as const),
  );
  return (
    <>
      <h1>{t('voicemail.title')}</h1>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('users.extension')}</th>
              <th scope="col">{t('voicemail.name')}</th>
              <th scope="col">{t('voicemail.owner')}</th>
              <th scope="col">{t('voicemail.notifyEmail')}</th>
            </tr>
          </thead>
          <tbody>
            {boxes.data.items.map((box) => (
              <tr key={box.id}>
                <td>{box.extensionNumber}</td>
                <th scope="row">{box.name}</th>
                <td>
                  {box.ownerUserId !== null
                    ? (userName.get(box.ownerUserId) ?? box.ownerUserId)
                    : box.ownerGroupId !== null
                      ? t('extensions.kind.group')
                      : '—'}
                </td>
                <td>{box.notifyEmail ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {boxes.data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={boxes.data.nextCursor} label={t('app.next')} />
    </>
  );
}

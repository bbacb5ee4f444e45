import type { Metadata } from 'next';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantUser, serverApi } from '../../../../lib/api-server';
import { ProfileForm } from './profile-form';
import { TotpSection } from './totp-section';

export const metadata: Metadata = { title: 'Profile' };

export default async function ProfilePage() {
  const { tenantId, user } = await requireTenantUser();
  const { t } = await getI18n();
  // Read again for the ETag the change must carry (If-Match).
  const { data, response } = await (await serverApi()).GET('/tenants/{tenantId}/users/{userId}', {
    params: { path: { tenantId, userId: user.id } },
  });
  const current = data ?? user;
  const totp = await (await serverApi()).GET('/me/totp');
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <dl className="pairs">
        <dt>{t('users.login')}</dt>
        <dd>{current.login}</dd>
        <dt>{t('users.email')}</dt>
        <dd>{current.email}</dd>
        <dt>{t('users.extension')}</dt>
        <dd>{current.extensionNumber}</dd>
        <dt>{t('users.role')}</dt>
        <dd>{t(`role.${current.role}`)}</dd>
      </dl>
      <ProfileForm user={current} etag={response.headers.get('etag') ?? `"${current.version}"`} />
      <h2>{t('totp.title')}</h2>
      {totp.data === undefined ? <Unavailable what="totp" /> : <TotpSection status={totp.data} />}
      <h2>{t('profile.password')}</h2>
      <p className="unavailable" data-unavailable="password-change">
        {t('profile.passwordNotAvailable')}
      </p>
    </>
  );
}

import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { NextPageLink } from '../../../../components/next-page-link';
import { getI18n } from '../../../../i18n/server';
import { serverApi } from '../../../../lib/api-server';
import { formatDateTime } from '../../../../lib/format';
import { RESELLER_KEY_COOKIE } from '../../../../lib/reseller-key';
import { requireReseller } from '../reseller-caller';
import { CreateKeyForm } from './create-key-form';
import { RevokeKeyButton } from './revoke-key-button';

export const metadata: Metadata = { title: 'API keys' };

const PAGE_SIZE = 50;

/** The reseller's API keys: prefix, scopes, last use, revoked or not; a new one (shown once); revoke. */
export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { resellerId } = await requireReseller();
  // The key this portal sign-in runs on is not offered for revoking (the page would end mid-action).
  const signInKey = (await cookies()).get(RESELLER_KEY_COOKIE)?.value;
  const { t, locale } = await getI18n();
  const { cursor } = await searchParams;
  const { data, error } = await (await serverApi()).GET('/resellers/{resellerId}/api-keys', {
    params: {
      path: { resellerId },
      query: { limit: PAGE_SIZE, ...(cursor === undefined ? {} : { cursor }) },
    },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the API keys could not be read');
  return (
    <>
      <h1>{t('apiKeys.title')}</h1>
      <CreateKeyForm />
      <h2 id="keys">{t('apiKeys.list')}</h2>
      <div className="table-wrap">
        <table aria-labelledby="keys">
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.prefix')}</th>
              <th scope="col">{t('apiKeys.scopes')}</th>
              <th scope="col">{t('apiKeys.lastUsed')}</th>
              <th scope="col">{t('customers.createdAt')}</th>
              <th scope="col">{t('customers.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((key) => (
              <tr key={key.id} data-key-id={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>{key.displayPrefix}…</code>
                </td>
                <td style={{ whiteSpace: 'normal' }}>{key.scopes.join(', ')}</td>
                <td>
                  {key.lastUsedAt === null ? t('apiKeys.never') : formatDateTime(key.lastUsedAt, locale)}
                </td>
                <td>{formatDateTime(key.createdAt, locale)}</td>
                <td>
                  {key.revokedAt !== null ? (
                    <span className="badge" data-revoked>
                      {t('apiKeys.revokedAt', { at: formatDateTime(key.revokedAt, locale) })}
                    </span>
                  ) : signInKey?.startsWith(key.displayPrefix) ? (
                    <span className="badge ok">{t('apiKeys.thisSignIn')}</span>
                  ) : (
                    <RevokeKeyButton apiKeyId={key.id} name={key.name} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.items.length === 0 ? <p style={{ padding: '0 0.75rem' }}>{t('app.empty')}</p> : null}
      </div>
      <NextPageLink cursor={data.nextCursor} label={t('app.next')} />
    </>
  );
}

import type { Metadata } from 'next';
import { getI18n } from '../../../../i18n/server';
import { requireTenantUser, serverApi } from '../../../../lib/api-server';
import { VoicemailForm } from './voicemail-form';

export const metadata: Metadata = { title: 'My voicemail' };

/** The user's own boxes (the API lists only those for a user): PIN and e-mail notification. */
export default async function MyVoicemailPage() {
  const { tenantId } = await requireTenantUser();
  const { t } = await getI18n();
  const { data, error } = await (await serverApi()).GET('/tenants/{tenantId}/voicemail-boxes', {
    params: { path: { tenantId }, query: { limit: 10 } },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the voicemail boxes could not be read');
  return (
    <>
      <h1>{t('myVoicemail.title')}</h1>
      {data.items.length === 0 ? <p>{t('myVoicemail.none')}</p> : null}
      {data.items.map((box) => (
        <section key={box.id} aria-labelledby={`box-${box.id}`}>
          <h2 id={`box-${box.id}`}>
            {box.name} · {box.extensionNumber}
          </h2>
          <VoicemailForm box={box} />
        </section>
      ))}
    </>
  );
}

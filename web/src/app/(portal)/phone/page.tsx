import type { Metadata } from 'next';
import { getI18n } from '../../../i18n/server';
import { requireTenantUser } from '../../../lib/api-server';

export const metadata: Metadata = { title: 'Phone' };

/**
 * The slot for the browser softphone (JsSIP over the edge's WebSocket
 * transport, media through the WebRTC gateway in media/src/webrtc). The
 * softphone is built with the WebRTC work; this page only reserves its place
 * in the menu and the URL.
 */
export default async function PhonePage() {
  await requireTenantUser();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('phone.title')}</h1>
      <p className="unavailable" data-unavailable="phone">
        {t('phone.slot')}
      </p>
    </>
  );
}

import type { Metadata } from 'next';
import { PhoneApp } from '../../../components/softphone/phone-app';
import { getI18n } from '../../../i18n/server';
import { requireTenantUser } from '../../../lib/api-server';
import { edgeWebSocketUrl } from './edge-url';

export const metadata: Metadata = { title: 'Phone' };

/**
 * The browser softphone: @carillon/softphone (JsSIP over the edge's secure WebSocket, media through
 * the WebRTC gateway in media/src/webrtc), registered as the user's own WebRTC device whose SIP
 * password the page fetches once per visit (POST /me/softphone) and keeps in memory only.
 */
export default async function PhonePage() {
  const { user } = await requireTenantUser();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('phone.title')}</h1>
      <PhoneApp
        websocketUrl={edgeWebSocketUrl()}
        userId={user.id}
        displayName={`${user.firstName} ${user.lastName}`.trim()}
        extension={user.extensionNumber}
      />
    </>
  );
}

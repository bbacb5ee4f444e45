'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useT } from '../i18n/client';
import { browserApi } from '../lib/api-browser';

/** DELETE /v1/session clears the cookies, the tab's sessionStorage is emptied; then back to the login page. */
export function LogoutButton() {
  const t = useT();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await browserApi().DELETE('/session');
        // The tab's session state goes with the session (the softphone's SIP password among it).
        window.sessionStorage.clear();
        router.replace('/login');
        router.refresh();
      }}
    >
      {t('logout')}
    </button>
  );
}

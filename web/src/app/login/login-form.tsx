'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/client';
import { browserApi } from '../../lib/api-browser';

/** E-mail and password to POST /v1/session; the API sets the session and CSRF cookies. */
export function LoginForm() {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    const { data, response } = await browserApi().POST('/session', {
      body: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
    });
    if (data !== undefined) {
      // The start page picks the view for the role; refresh drops anything rendered before the login.
      router.replace('/');
      router.refresh();
      return;
    }
    setBusy(false);
    if (response.status === 429) {
      setError(t('login.locked', { seconds: response.headers.get('retry-after') ?? '?' }));
    } else {
      setError(t('login.failed'));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('login.title')}</h2>
      {error === undefined ? null : (
        <p className="notice error" role="alert" id="login-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t('login.email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : t('login.submit')}
      </button>
    </form>
  );
}

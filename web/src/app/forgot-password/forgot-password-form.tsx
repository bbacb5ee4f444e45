'use client';
import { fieldErrors } from '@carillon/api-client';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { Field } from '../../components/field';
import { useT } from '../../i18n/client';
import { browserApi } from '../../lib/api-browser';

/** POST /v1/password-reset: the API answers alike for every address, and mails a link if it has an account. */
export function ForgotPasswordForm() {
  const t = useT();
  const [sent, setSent] = useState(false);
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const {
      data,
      error: problem,
      response,
    } = await browserApi().POST('/password-reset', {
      body: { email: String(new FormData(event.currentTarget).get('email') ?? '').trim() },
    });
    setBusy(false);
    if (data !== undefined) {
      setSent(true);
      return;
    }
    const emailError = fieldErrors(problem).email;
    setEmailError(emailError);
    if (response.status === 429) {
      setError(t('login.locked', { seconds: response.headers.get('retry-after') ?? '?' }));
    } else if (emailError === undefined) {
      setError(t('app.error', { detail: problem?.detail ?? String(response.status) }));
    }
  }

  if (sent) {
    return (
      <>
        <h2>{t('reset.title')}</h2>
        <p className="notice ok" role="status">
          {t('reset.sent')}
        </p>
        <p>
          <Link href="/login">{t('reset.backToLogin')}</Link>
        </p>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('reset.title')}</h2>
      <p>{t('reset.intro')}</p>
      {error === undefined ? null : (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <Field name="email" label={t('login.email')} error={emailError}>
        {(props) => <input {...props} type="email" autoComplete="username" required />}
      </Field>
      <button type="submit" disabled={busy}>
        {t('reset.send')}
      </button>
      <p style={{ textAlign: 'center' }}>
        <Link href="/login">{t('reset.backToLogin')}</Link>
      </p>
    </form>
  );
}

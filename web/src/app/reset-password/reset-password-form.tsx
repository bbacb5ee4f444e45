'use client';
import { type FieldErrors, fieldErrors } from '@carillon/api-client';
import Link from 'next/link';
import { type FormEvent, useEffect, useState } from 'react';
import { Field } from '../../components/field';
import { useT } from '../../i18n/client';
import { browserApi } from '../../lib/api-browser';

/** The token from `#token=…`; read in the browser only. */
function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** POST /v1/password-reset/confirm with the link's token and the new password. */
export function ResetPasswordForm() {
  const t = useT();
  const [token, setToken] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => setToken(tokenFromFragment()), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    if (password !== String(form.get('repeat') ?? '')) {
      setErrors({ repeat: t('reset.mismatch') });
      return;
    }
    setBusy(true);
    const { error, response } = await browserApi().POST('/password-reset/confirm', {
      body: { token: token ?? '', password },
    });
    setBusy(false);
    if (response.status === 204) {
      setDone(true);
      return;
    }
    const byField = fieldErrors(error);
    setErrors(
      byField.token !== undefined || error?.code === 'invalid-reset-token'
        ? { ...byField, token: t('reset.badToken') }
        : byField,
    );
  }

  if (done) {
    return (
      <>
        <h2>{t('reset.newTitle')}</h2>
        <p className="notice ok" role="status">
          {t('reset.done')}
        </p>
        <p>
          <Link href="/login">{t('login.submit')}</Link>
        </p>
      </>
    );
  }
  if (token === '') {
    return (
      <>
        <h2>{t('reset.newTitle')}</h2>
        <p className="notice error" role="alert">
          {t('reset.badToken')}
        </p>
        <p>
          <Link href="/forgot-password">{t('reset.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('reset.newTitle')}</h2>
      {errors.token === undefined ? null : (
        <p className="notice error" role="alert">
          {errors.token} <Link href="/forgot-password">{t('reset.title')}</Link>
        </p>
      )}
      <Field
        name="password"
        label={t('reset.newPassword')}
        error={errors.password}
        hint={t('reset.passwordHint')}
      >
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <Field name="repeat" label={t('reset.repeat')} error={errors.repeat}>
        {(props) => <input {...props} type="password" autoComplete="new-password" required />}
      </Field>
      <button type="submit" disabled={busy || token === undefined}>
        {t('app.save')}
      </button>
    </form>
  );
}

'use client';
import { type FieldErrors, fieldErrors, type Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { LOCALE_NAMES, LOCALES } from '../../../../i18n/messages';
import { browserApi } from '../../../../lib/api-browser';

/** The self-service fields of the user's own record (the API refuses any other for a user). */
export function ProfileForm({ user, etag }: { user: Schema<'User'>; etag: string }) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pin = String(form.get('pin') ?? '');
    setBusy(true);
    const { data, error } = await browserApi().PATCH('/tenants/{tenantId}/users/{userId}', {
      params: { path: { tenantId: user.tenantId, userId: user.id }, header: { 'if-match': etag } },
      body: {
        firstName: String(form.get('firstName') ?? '').trim(),
        lastName: String(form.get('lastName') ?? '').trim(),
        language: String(form.get('language') ?? 'en'),
        hideFromDirectory: form.get('hideFromDirectory') === 'on',
        ...(pin === '' ? {} : { pin }),
      },
    });
    setBusy(false);
    if (data !== undefined) {
      setErrors({});
      setMessage({ ok: true, text: t('app.saved') });
      router.refresh();
      return;
    }
    setErrors(fieldErrors(error));
    setMessage({ ok: false, text: t('app.error', { detail: error?.detail ?? error?.title ?? '' }) });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('profile.details')}</h2>
      {message === undefined ? null : (
        <p className={`notice ${message.ok ? 'ok' : 'error'}`} role="status">
          {message.text}
        </p>
      )}
      <div className="form-grid">
        <Field name="firstName" label={t('users.firstName')} error={errors.firstName}>
          {(props) => (
            <input {...props} type="text" defaultValue={user.firstName} autoComplete="given-name" />
          )}
        </Field>
        <Field name="lastName" label={t('users.lastName')} error={errors.lastName}>
          {(props) => (
            <input {...props} type="text" defaultValue={user.lastName} autoComplete="family-name" />
          )}
        </Field>
        <Field name="language" label={t('users.language')} error={errors.language}>
          {(props) => (
            <select {...props} defaultValue={user.language.split('-')[0]}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="pin" label={t('profile.pin')} error={errors.pin} hint={t('profile.pinHint')}>
          {(props) => <input {...props} type="password" inputMode="numeric" autoComplete="off" />}
        </Field>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="hideFromDirectory" defaultChecked={user.hideFromDirectory} />
          {t('profile.hideFromDirectory')}
        </label>
      </div>
      <button type="submit" disabled={busy}>
        {t('app.save')}
      </button>
    </form>
  );
}

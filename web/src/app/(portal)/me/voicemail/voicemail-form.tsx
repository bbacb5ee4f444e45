'use client';
import { type FieldErrors, fieldErrors, type Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';

/** PATCH of the fields a user may change on their own box; the version read is the If-Match. */
export function VoicemailForm({ box }: { box: Schema<'VoicemailBox'> }) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const prefix = `vm-${box.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pin = String(form.get('pin') ?? '');
    const notifyEmail = String(form.get('notifyEmail') ?? '').trim();
    setBusy(true);
    const { data, error } = await browserApi().PATCH('/tenants/{tenantId}/voicemail-boxes/{voicemailBoxId}', {
      params: {
        path: { tenantId: box.tenantId, voicemailBoxId: box.id },
        header: { 'if-match': `"${box.version}"` },
      },
      body: {
        notifyEmail: notifyEmail === '' ? null : notifyEmail,
        attachAudio: form.get('attachAudio') === 'on',
        deleteAfterEmail: form.get('deleteAfterEmail') === 'on',
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
      {message === undefined ? null : (
        <p className={`notice ${message.ok ? 'ok' : 'error'}`} role="status">
          {message.text}
        </p>
      )}
      <div className="form-grid">
        <Field
          name="pin"
          id={`${prefix}-pin`}
          label={t('voicemail.pin')}
          error={errors.pin}
          hint={t('profile.pinHint')}
        >
          {(props) => <input {...props} type="password" inputMode="numeric" autoComplete="off" />}
        </Field>
        <Field
          name="notifyEmail"
          id={`${prefix}-email`}
          label={t('voicemail.notifyEmail')}
          error={errors.notifyEmail}
        >
          {(props) => <input {...props} type="email" defaultValue={box.notifyEmail ?? ''} />}
        </Field>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="attachAudio" defaultChecked={box.attachAudio} />
          {t('voicemail.attachAudio')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="deleteAfterEmail" defaultChecked={box.deleteAfterEmail} />
          {t('voicemail.deleteAfterEmail')}
        </label>
      </div>
      <button type="submit" disabled={busy}>
        {t('app.save')}
      </button>
    </form>
  );
}

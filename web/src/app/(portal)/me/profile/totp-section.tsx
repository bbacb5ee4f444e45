'use client';
import { type FieldErrors, fieldErrors, type Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { QrCode } from '../../../../components/qr-code';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';

type Stage = { kind: 'idle' } | { kind: 'scan'; otpauthUri: string } | { kind: 'codes'; codes: string[] };

/** The secret of an otpauth URI, for typing into an app that cannot scan. */
function secretOf(otpauthUri: string): string {
  return new URL(otpauthUri).searchParams.get('secret') ?? '';
}

/**
 * Two-factor login (TOTP): start with the password → scan the QR code →
 * confirm with the first code → recovery codes shown once. Turning it off
 * needs the password and a code.
 */
export function TotpSection({ status }: { status: Schema<'TotpStatus'> }) {
  const t = useT();
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const api = browserApi();

  function failed(error: Schema<'Problem'> | undefined) {
    const byField = fieldErrors(error);
    setErrors(byField);
    setProblem(Object.keys(byField).length > 0 ? undefined : (error?.detail ?? error?.title));
  }
  function begin(event: FormEvent<HTMLFormElement>): FormData {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setProblem(undefined);
    return new FormData(event.currentTarget);
  }

  async function enrol(event: FormEvent<HTMLFormElement>) {
    const form = begin(event);
    const { data, error } = await api.POST('/me/totp', {
      body: { password: String(form.get('password') ?? '') },
    });
    setBusy(false);
    if (data === undefined) return failed(error);
    setStage({ kind: 'scan', otpauthUri: data.otpauthUri });
  }
  async function confirm(event: FormEvent<HTMLFormElement>) {
    const form = begin(event);
    const { data, error } = await api.POST('/me/totp/confirm', {
      body: { code: String(form.get('code') ?? '').replace(/\s/g, '') },
    });
    setBusy(false);
    if (data === undefined) return failed(error);
    setStage({ kind: 'codes', codes: data.recoveryCodes });
    router.refresh();
  }
  async function disable(event: FormEvent<HTMLFormElement>) {
    const form = begin(event);
    const { response, error } = await api.POST('/me/totp/disable', {
      body: { password: String(form.get('password') ?? ''), code: String(form.get('code') ?? '').trim() },
    });
    setBusy(false);
    if (response.status !== 204) return failed(error);
    router.refresh();
  }

  const alert =
    problem === undefined ? null : (
      <p className="notice error" role="alert">
        {t('app.error', { detail: problem })}
      </p>
    );
  const password = (
    <Field name="password" label={t('login.password')} error={errors.password}>
      {(props) => <input {...props} type="password" autoComplete="current-password" required />}
    </Field>
  );
  const code = (
    <Field name="code" label={t('login.totpCode')} error={errors.code}>
      {(props) => <input {...props} type="text" inputMode="numeric" autoComplete="one-time-code" required />}
    </Field>
  );

  if (stage.kind === 'codes') {
    return (
      <div className="notice ok" role="status">
        <p>{t('totp.activeNow')}</p>
        <p>{t('totp.recoveryCodes')}</p>
        <ul data-testid="recovery-codes">
          {stage.codes.map((recovery) => (
            <li key={recovery}>
              <span className="secret">{recovery}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (stage.kind === 'scan') {
    return (
      <form onSubmit={confirm} noValidate aria-busy={busy}>
        {alert}
        <p>{t('totp.scan')}</p>
        <QrCode text={stage.otpauthUri} alt={t('totp.qr')} />
        <p>
          {t('totp.secret')} <span className="secret">{secretOf(stage.otpauthUri)}</span>
        </p>
        {code}
        <button type="submit" disabled={busy}>
          {t('totp.confirm')}
        </button>
      </form>
    );
  }
  if (status.status === 'active') {
    return (
      <form onSubmit={disable} noValidate aria-busy={busy}>
        <p data-testid="totp-status">{t('totp.isActive', { left: status.recoveryCodesLeft ?? 0 })}</p>
        {alert}
        {password}
        {code}
        <button type="submit" className="secondary" disabled={busy}>
          {t('totp.disable')}
        </button>
      </form>
    );
  }
  return (
    <form onSubmit={enrol} noValidate aria-busy={busy}>
      <p data-testid="totp-status">{t('totp.isOff')}</p>
      {alert}
      {password}
      <button type="submit" disabled={busy}>
        {t('totp.enable')}
      </button>
    </form>
  );
}

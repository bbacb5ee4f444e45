'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { Field } from '../../components/field';
import { useT } from '../../i18n/client';
import { browserApi } from '../../lib/api-browser';
import { homeOf } from '../../nav';

type Step = 'password' | 'totp' | 'recovery';

/**
 * POST /v1/session: e-mail and password, then — for a user with TOTP
 * enrolled, when the API answers `second-factor-required` — the
 * authenticator's code (or a recovery code) with both again. The API sets the
 * session and CSRF cookies.
 */
export function LoginForm() {
  const t = useT();
  const router = useRouter();
  const [step, setStep] = useState<Step>('password');
  const [error, setError] = useState<string | undefined>();
  const [codeError, setCodeError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const credentials = useRef({ email: '', password: '' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (step === 'password') {
      credentials.current = {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
      };
    }
    const code = String(form.get('code') ?? '').replace(/\s/g, '');
    setBusy(true);
    setError(undefined);
    setCodeError(undefined);
    const {
      data,
      error: problem,
      response,
    } = await browserApi().POST('/session', {
      body: {
        ...credentials.current,
        ...(step === 'totp' ? { totpCode: code } : {}),
        ...(step === 'recovery' ? { recoveryCode: code } : {}),
      },
    });
    if (data !== undefined) {
      // Straight to the role's start page; refresh drops anything rendered before the login.
      router.replace(homeOf(data.user.role, true));
      router.refresh();
      return;
    }
    setBusy(false);
    const reason = problem?.code;
    if (reason === 'second-factor-required') {
      setStep('totp');
    } else if (reason === 'invalid-second-factor') {
      setCodeError(t('login.codeWrong'));
    } else if (response.status === 429) {
      setError(t('login.locked', { seconds: response.headers.get('retry-after') ?? '?' }));
    } else if (reason === 'account-suspended') {
      setError(t('login.suspended'));
    } else if (response.status === 401) {
      setStep('password');
      setError(t('login.failed'));
    } else {
      setError(t('app.error', { detail: problem?.detail ?? String(response.status) }));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('login.title')}</h2>
      {error === undefined ? null : (
        <p className="notice error" role="alert" id="login-error">
          {error}
        </p>
      )}
      {step === 'password' ? (
        <>
          <div className="field">
            <label htmlFor="email">{t('login.email')}</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="password">{t('login.password')}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
        </>
      ) : (
        <>
          <p>{step === 'totp' ? t('login.totpPrompt') : t('login.recoveryPrompt')}</p>
          <Field
            name="code"
            label={step === 'totp' ? t('login.totpCode') : t('login.recoveryCode')}
            error={codeError}
          >
            {(props) => (
              <input
                {...props}
                key={step}
                type="text"
                inputMode={step === 'totp' ? 'numeric' : 'text'}
                autoComplete="one-time-code"
                required
                // biome-ignore lint/a11y/noAutofocus: the code field is the only thing left to fill in after the password step
                autoFocus
              />
            )}
          </Field>
          <p>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setCodeError(undefined);
                setStep(step === 'totp' ? 'recovery' : 'totp');
              }}
            >
              {step === 'totp' ? t('login.useRecovery') : t('login.useTotp')}
            </button>
          </p>
        </>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : t('login.submit')}
      </button>
      <p style={{ textAlign: 'center' }}>
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
    </form>
  );
}

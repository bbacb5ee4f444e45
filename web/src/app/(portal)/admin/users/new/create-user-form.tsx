'use client';
import type { FieldErrors, paths } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../../components/field';
import { useT } from '../../../../../i18n/client';
import { LOCALE_NAMES, LOCALES } from '../../../../../i18n/messages';
import { browserApi } from '../../../../../lib/api-browser';
import { showProblem } from '../../../../../lib/form-problem';

type CreateUserInput =
  paths['/tenants/{tenantId}/users']['post']['requestBody']['content']['application/json'];

/** Empty optional fields are left out, so the API applies its defaults instead of refusing "". */
function userInputFrom(form: FormData): CreateUserInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const password = String(form.get('password') ?? '');
  return {
    login: text('login'),
    email: text('email'),
    firstName: text('firstName'),
    lastName: text('lastName'),
    extensionNumber: text('extensionNumber'),
    role: text('role') === 'tenant-admin' ? 'tenant-admin' : 'user',
    language: text('language'),
    ...(password === '' ? {} : { password }),
  };
}

/** POST /tenants/{tenantId}/users; the API's field errors appear at the fields. */
export function CreateUserForm({ tenantId }: { tenantId: string }) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // One key per form: a double submit or a retry after a lost answer creates the user once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await browserApi().POST('/tenants/{tenantId}/users', {
      params: { path: { tenantId }, header: { 'idempotency-key': idempotencyKey } },
      body: userInputFrom(new FormData(event.currentTarget)),
    });
    setBusy(false);
    if (data !== undefined) {
      router.push(`/admin/users?created=${encodeURIComponent(data.id)}`);
      router.refresh();
      return;
    }
    showProblem(error, { errors: setErrors, problem: setProblem });
  }

  const text = (
    name: string,
    label: string,
    type = 'text',
    extra: { hint?: string; autoComplete?: string } = {},
  ) => (
    <Field name={name} label={label} error={errors[name]} hint={extra.hint}>
      {(props) => <input {...props} type={type} autoComplete={extra.autoComplete ?? 'off'} />}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      <div className="form-grid">
        {text('firstName', t('users.firstName'))}
        {text('lastName', t('users.lastName'))}
        {text('login', t('users.login'))}
        {text('email', t('users.email'), 'email')}
        {text('extensionNumber', t('users.extension'))}
        <Field name="role" label={t('users.role')} error={errors.role}>
          {(props) => (
            <select {...props} defaultValue="user">
              <option value="user">{t('role.user')}</option>
              <option value="tenant-admin">{t('role.tenant-admin')}</option>
            </select>
          )}
        </Field>
        <Field name="language" label={t('users.language')} error={errors.language}>
          {(props) => (
            <select {...props} defaultValue="en">
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('password', t('users.password'), 'password', {
          hint: t('users.passwordHint'),
          autoComplete: 'new-password',
        })}
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : t('users.create')}
      </button>
    </form>
  );
}

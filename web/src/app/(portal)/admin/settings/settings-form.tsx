'use client';
import type { FieldErrors, paths } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { LOCALE_NAMES, LOCALES } from '../../../../i18n/messages';
import { browserApi } from '../../../../lib/api-browser';
import { showProblem } from '../../../../lib/form-problem';

type TenantPatch = paths['/tenants/{tenantId}']['patch']['requestBody']['content']['application/json'];

export interface EditableSettings {
  readonly name: string;
  readonly country: string;
  readonly areaCode: string;
  readonly outsideLinePrefix: string;
  readonly timeZone: string;
  readonly language: string;
  readonly email: string | null;
}

function patchFrom(form: FormData): TenantPatch {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const email = text('email');
  return {
    name: text('name'),
    country: text('country').toUpperCase(),
    areaCode: text('areaCode'),
    outsideLinePrefix: text('outsideLinePrefix'),
    timeZone: text('timeZone'),
    language: text('language'),
    email: email === '' ? null : email,
  };
}

/**
 * The PBX settings a tenant admin may change (T300 manual "Location": country, area code, prefix;
 * time zone; e-mail). Sent with the version the page was read at (If-Match), so a change made
 * meanwhile by someone else is refused rather than overwritten; field errors appear at the field.
 */
export function SettingsForm({
  tenantId,
  version,
  settings,
}: {
  tenantId: string;
  version: number;
  settings: EditableSettings;
}) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setSaved(false);
    const { data, error } = await browserApi().PATCH('/tenants/{tenantId}', {
      params: { path: { tenantId }, header: { 'if-match': `"${version}"` } },
      body: patchFrom(new FormData(event.currentTarget)),
    });
    setBusy(false);
    if (data !== undefined) {
      setErrors({});
      setSaved(true);
      router.refresh();
      return;
    }
    showProblem(error, { errors: setErrors, problem: setProblem });
  }

  const text = (
    name: keyof EditableSettings,
    label: string,
    extra: { hint?: string; type?: string } = {},
  ) => (
    <Field name={name} label={label} error={errors[name]} hint={extra.hint}>
      {(props) => (
        <input
          {...props}
          type={extra.type ?? 'text'}
          defaultValue={settings[name] ?? ''}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} data-testid="settings-form">
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      {saved ? (
        <p className="notice ok" role="status">
          {t('settings.saved')}
        </p>
      ) : null}
      <div className="form-grid">
        {text('name', t('settings.name'))}
        {text('country', t('settings.country'), { hint: t('settings.countryHint') })}
        {text('areaCode', t('settings.areaCode'), { hint: t('settings.areaCodeHint') })}
        {text('outsideLinePrefix', t('settings.outsideLinePrefix'), { hint: t('settings.prefixHint') })}
        {text('timeZone', t('settings.timeZone'), { hint: t('settings.timeZoneHint') })}
        <Field name="language" label={t('settings.language')} error={errors.language}>
          {(props) => (
            <select {...props} defaultValue={settings.language}>
              {/* The tenant's language may be one the portal is not translated into: keep it selectable. */}
              {[...new Set<string>([settings.language, ...LOCALES])].map((tag) => (
                <option key={tag} value={tag}>
                  {(LOCALE_NAMES as Readonly<Record<string, string>>)[tag] ?? tag}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('email', t('settings.email'), { type: 'email', hint: t('settings.emailHint') })}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('settings.saving') : t('settings.save')}
      </button>
    </form>
  );
}

'use client';
import type { FieldErrors, paths, Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';
import { showProblem } from '../../../../lib/form-problem';

type CreateTrunkInput =
  paths['/tenants/{tenantId}/trunks']['post']['requestBody']['content']['application/json'];
type Transport = NonNullable<CreateTrunkInput['transport']>;
const TRANSPORTS: readonly Transport[] = ['udp', 'tcp', 'tls'];
type DtmfMode = NonNullable<CreateTrunkInput['dtmfMode']>;
/** RFC 4733 events, in-band tones, or SIP INFO (T640 manual, trunk settings). */
const DTMF_MODES: readonly DtmfMode[] = ['rfc2833', 'inband', 'info'];
type CallerIdHeader = NonNullable<CreateTrunkInput['callerIdHeader']>;
/** Where the caller's number goes: From, P-Asserted-Identity (RFC 3325) or Remote-Party-ID. */
const CALLER_ID_HEADERS: readonly CallerIdHeader[] = ['from', 'p-asserted-identity', 'remote-party-id'];
type Codec = NonNullable<CreateTrunkInput['codecs']>[number];
/** Offered in this order (the SDP offer's preference). */
const CODECS: readonly Codec[] = ['pcma', 'pcmu', 'g722', 'g729', 'opus', 'telephone-event'];
const DEFAULT_CODECS: readonly Codec[] = ['pcma', 'pcmu', 'telephone-event'];

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * The trunk's fields from the form. Empty optional texts: left out on create
 * (the API's default), null on edit (cleared). The password is write-only:
 * sent only when typed, so an edit without it keeps the stored one.
 */
function trunkInputFrom(form: FormData, editing: boolean): CreateTrunkInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const optional = (name: string) => {
    const value = text(name);
    if (value !== '') return { [name]: value };
    return editing ? { [name]: null } : {};
  };
  const transport = (TRANSPORTS as readonly string[]).includes(text('transport'))
    ? (text('transport') as Transport)
    : 'udp';
  const port = text('port');
  const password = String(form.get('password') ?? '');
  return {
    name: text('name'),
    registrar: text('registrar'),
    username: text('username'),
    transport,
    // A non-number goes to the API as it is, so its message names the field.
    ...(port === '' ? {} : { port: /^\d+$/.test(port) ? Number(port) : (port as unknown as number) }),
    ...optional('proxy'),
    ...optional('authUsername'),
    register: form.get('register') === 'on',
    allowInbound: form.get('allowInbound') === 'on',
    allowOutbound: form.get('allowOutbound') === 'on',
    dtmfMode: oneOf(DTMF_MODES, text('dtmfMode'), 'rfc2833'),
    callerIdHeader: oneOf(CALLER_ID_HEADERS, text('callerIdHeader'), 'from'),
    codecs: CODECS.filter((codec) => form.getAll('codecs').includes(codec)),
    ...(password === '' ? {} : { password }),
  };
}

/** Create (POST) or change (PATCH with If-Match) a SIP trunk; the API's field errors appear at the fields. */
export function TrunkForm({ tenantId, trunk }: { tenantId: string; trunk?: Schema<'Trunk'> | undefined }) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const body = trunkInputFrom(new FormData(event.currentTarget), trunk !== undefined);
    const api = browserApi();
    const { data, error } =
      trunk === undefined
        ? await api.POST('/tenants/{tenantId}/trunks', {
            params: { path: { tenantId }, header: { 'idempotency-key': idempotencyKey } },
            body,
          })
        : await api.PATCH('/tenants/{tenantId}/trunks/{trunkId}', {
            params: { path: { tenantId, trunkId: trunk.id }, header: { 'if-match': `"${trunk.version}"` } },
            body,
          });
    setBusy(false);
    if (data !== undefined) {
      router.push(`/admin/trunks?saved=${encodeURIComponent(data.id)}`);
      router.refresh();
      return;
    }
    showProblem(error, { errors: setErrors, problem: setProblem });
  }

  const text = (
    name: 'name' | 'registrar' | 'proxy' | 'username' | 'authUsername',
    label: string,
    hint?: string,
  ) => (
    <Field name={name} label={label} error={errors[name]} hint={hint}>
      {(props) => (
        <input
          {...props}
          type="text"
          autoComplete="off"
          spellCheck={false}
          defaultValue={trunk?.[name] ?? ''}
        />
      )}
    </Field>
  );
  const check = (name: 'register' | 'allowInbound' | 'allowOutbound', label: string) => (
    <label className="checkbox">
      <input type="checkbox" name={name} defaultChecked={trunk?.[name] ?? true} /> {label}
      {errors[name] === undefined ? null : (
        <span className="error" data-field-error={name}>
          {' '}
          {errors[name]}
        </span>
      )}
    </label>
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      <div className="form-grid">
        {text('name', t('trunks.name'))}
        {text('registrar', t('trunks.registrar'), t('trunks.registrarHint'))}
        <Field name="port" label={t('trunks.port')} error={errors.port}>
          {(props) => <input {...props} type="text" inputMode="numeric" defaultValue={trunk?.port ?? 5060} />}
        </Field>
        <Field name="transport" label={t('trunks.transport')} error={errors.transport}>
          {(props) => (
            <select {...props} defaultValue={trunk?.transport ?? 'udp'}>
              {TRANSPORTS.map((transport) => (
                <option key={transport} value={transport}>
                  {transport.toUpperCase()}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('proxy', t('trunks.proxy'))}
        {text('username', t('trunks.username'))}
        {text('authUsername', t('trunks.authUsername'), t('trunks.authUsernameHint'))}
        <Field
          name="password"
          label={t('trunks.password')}
          error={errors.password}
          hint={trunk?.hasPassword === true ? t('trunks.passwordKept') : t('trunks.passwordHint')}
        >
          {(props) => <input {...props} type="password" autoComplete="new-password" />}
        </Field>
      </div>
      <div className="form-grid">
        <Field name="dtmfMode" label={t('trunks.dtmfMode')} error={errors.dtmfMode}>
          {(props) => (
            <select {...props} defaultValue={trunk?.dtmfMode ?? 'rfc2833'}>
              {DTMF_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`trunks.dtmf.${mode}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="callerIdHeader" label={t('trunks.callerIdHeader')} error={errors.callerIdHeader}>
          {(props) => (
            <select {...props} defaultValue={trunk?.callerIdHeader ?? 'from'}>
              {CALLER_ID_HEADERS.map((header) => (
                <option key={header} value={header}>
                  {t(`trunks.callerId.${header}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset aria-describedby={errors.codecs === undefined ? undefined : 'field-codecs-error'}>
        <legend>{t('trunks.codecs')}</legend>
        {CODECS.map((codec) => (
          <label key={codec} className="checkbox">
            <input
              type="checkbox"
              name="codecs"
              value={codec}
              defaultChecked={(trunk?.codecs ?? DEFAULT_CODECS).includes(codec)}
            />{' '}
            {codec === 'telephone-event' ? t('trunks.codec.telephoneEvent') : codec.toUpperCase()}
          </label>
        ))}
        {errors.codecs === undefined ? null : (
          <p className="error" id="field-codecs-error" data-field-error="codecs">
            {errors.codecs}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('trunks.options')}</legend>
        {check('register', t('trunks.register'))}
        {check('allowInbound', t('trunks.allowInbound'))}
        {check('allowOutbound', t('trunks.allowOutbound'))}
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : trunk === undefined ? t('trunks.create') : t('app.save')}
      </button>
    </form>
  );
}

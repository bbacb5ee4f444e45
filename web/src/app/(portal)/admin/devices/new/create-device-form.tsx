'use client';
import type { FieldErrors, paths } from '@carillon/api-client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import {
  type SipAccount,
  SipCredentials,
  type SipEdgeInfo,
} from '../../../../../components/devices/sip-credentials';
import { Field } from '../../../../../components/field';
import { useT } from '../../../../../i18n/client';
import { browserApi } from '../../../../../lib/api-browser';
import { showProblem } from '../../../../../lib/form-problem';

type CreateDeviceInput =
  paths['/tenants/{tenantId}/devices']['post']['requestBody']['content']['application/json'];
type Kind = CreateDeviceInput['kind'];

/** Kinds a portal admin creates here; gateway ports come with their appliance. */
const KINDS: readonly Kind[] = ['softphone', 'desk-phone', 'webrtc'];

/** Empty optional fields are left out, so the API applies its defaults instead of refusing "". */
function deviceInputFrom(form: FormData): CreateDeviceInput {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const kind = (KINDS as readonly string[]).includes(text('kind')) ? (text('kind') as Kind) : 'softphone';
  return {
    kind,
    displayName: text('displayName'),
    ...(text('userId') === '' ? {} : { userId: text('userId') }),
    ...(text('macAddress') === '' ? {} : { macAddress: text('macAddress') }),
    ...(text('model') === '' ? {} : { model: text('model') }),
  };
}

/**
 * POST /tenants/{tenantId}/devices; the API's field errors appear at the
 * fields. The generated password is in the answer only, so it is shown here
 * and never put into a URL or storage.
 */
export function CreateDeviceForm({
  tenantId,
  users,
  sipDomain,
  edge,
  userId,
}: {
  tenantId: string;
  users: readonly { id: string; label: string }[];
  sipDomain: string;
  edge: SipEdgeInfo;
  /** Preselected owner (from the users list's link). */
  userId?: string | undefined;
}) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<(SipAccount & { id: string; displayName: string }) | undefined>();
  // One key per form: a double submit creates the device once (a replay carries no password).
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await browserApi().POST('/tenants/{tenantId}/devices', {
      params: { path: { tenantId }, header: { 'idempotency-key': idempotencyKey } },
      body: deviceInputFrom(new FormData(event.currentTarget)),
    });
    setBusy(false);
    if (data !== undefined) {
      setErrors({});
      setCreated({
        id: data.id,
        displayName: data.displayName,
        sipUsername: data.sipUsername,
        sipPassword: data.sipPassword,
        sipDomain,
      });
      router.refresh();
      return;
    }
    showProblem(error, { errors: setErrors, problem: setProblem });
  }

  if (created !== undefined) {
    return (
      <>
        <p className="notice ok" role="status">
          {t('devices.created', { name: created.displayName })}
        </p>
        <SipCredentials account={created} edge={edge} />
        <p>
          <Link className="button" href={`/admin/devices?created=${encodeURIComponent(created.id)}`}>
            {t('devices.done')}
          </Link>
        </p>
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      <div className="form-grid">
        <Field name="displayName" label={t('devices.name')} error={errors.displayName}>
          {(props) => <input {...props} type="text" autoComplete="off" required />}
        </Field>
        <Field name="kind" label={t('devices.kind')} error={errors.kind}>
          {(props) => (
            <select {...props} defaultValue="softphone">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`devices.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="userId" label={t('devices.owner')} error={errors.userId}>
          {(props) => (
            <select {...props} defaultValue={userId ?? ''}>
              <option value="">{t('devices.noOwner')}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="macAddress"
          label={t('devices.mac')}
          error={errors.macAddress}
          hint={t('devices.macHint')}
        >
          {(props) => <input {...props} type="text" autoComplete="off" spellCheck={false} />}
        </Field>
        <Field name="model" label={t('devices.model')} error={errors.model}>
          {(props) => <input {...props} type="text" autoComplete="off" />}
        </Field>
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t('app.loading') : t('devices.create')}
      </button>
    </form>
  );
}

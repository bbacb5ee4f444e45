'use client';
import { type FieldErrors, fieldErrors, type Schema } from '@carillon/api-client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import { browserApi } from '../../../../lib/api-browser';
import { targetFrom, targetValue } from './number-target';

export interface TargetOption {
  /** `kind:id`, the select's value. */
  readonly value: string;
  readonly label: string;
}

/**
 * Where one number's calls go: PATCH target (null unassigns; the API sets
 * the status to follow) with the version the list was read at. A tenant
 * admin may change only the assignment and label (ROLE_GRANTS).
 */
export function NumberAssignment({
  tenantId,
  number,
  options,
}: {
  tenantId: string;
  number: Pick<Schema<'PhoneNumber'>, 'id' | 'e164' | 'target' | 'label' | 'version' | 'status'>;
  options: readonly { group: string; items: readonly TargetOption[] }[];
}) {
  const t = useT();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const fixed = number.status === 'porting-in' || number.status === 'suspended';
  const id = `number-${number.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const { data, error } = await browserApi().PATCH('/tenants/{tenantId}/numbers/{numberId}', {
      params: { path: { tenantId, numberId: number.id }, header: { 'if-match': `"${number.version}"` } },
      body: {
        target: targetFrom(String(form.get('target') ?? '')),
        label: String(form.get('label') ?? '').trim(),
      },
    });
    setBusy(false);
    if (data !== undefined) {
      setErrors({});
      setSaved(true);
      router.refresh();
      return;
    }
    const byField = fieldErrors(error);
    // The target's id and kind are one control here.
    const targetError = byField.target ?? byField['target.id'] ?? byField['target.kind'];
    setErrors({ ...byField, ...(targetError === undefined ? {} : { target: targetError }) });
    setProblem(Object.keys(byField).length > 0 ? undefined : (error?.detail ?? error?.title ?? 'error'));
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-label={t('numbers.assignFor', { number: number.e164 })}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'flex-end' }}>
        <Field id={`${id}-target`} name="target" label={t('numbers.target')} error={errors.target}>
          {(props) => (
            <select {...props} defaultValue={targetValue(number.target)} disabled={fixed}>
              <option value="">{t('numbers.unassigned')}</option>
              {options.map((group) => (
                <optgroup key={group.group} label={group.group}>
                  {group.items.map((item) => (
                    <option key={item.value} value={item.value}>
                      {item.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-label`} name="label" label={t('numbers.label')} error={errors.label}>
          {(props) => <input {...props} type="text" defaultValue={number.label} disabled={fixed} />}
        </Field>
        <button type="submit" disabled={busy || fixed} style={{ marginBottom: '1rem' }}>
          {busy ? t('app.loading') : t('numbers.assign')}
        </button>
      </div>
      {problem === undefined ? null : (
        <p className="error" role="alert">
          {t('app.error', { detail: problem })}
        </p>
      )}
      {saved ? (
        <p className="hint" role="status">
          {t('app.saved')}
        </p>
      ) : null}
    </form>
  );
}

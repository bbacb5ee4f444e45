'use client';
import { useActionState, useEffect, useRef } from 'react';
import { Field } from '../../../../../components/field';
import { useT } from '../../../../../i18n/client';
import type { FormState } from '../../form-state';
import { addNumber } from '../actions';

/** A DID for the customer (E.164); the API's errors — format, already in use — sit at the field. */
export function AddNumberForm({ tenantId }: { tenantId: string }) {
  const t = useT();
  const [state, action, pending] = useActionState<FormState<string>, FormData>(addNumber, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.done !== undefined) form.current?.reset();
  }, [state]);
  const errors = state.errors ?? {};
  const sent = state.values ?? {};
  return (
    <form
      ref={form}
      action={action}
      aria-busy={pending}
      aria-labelledby="add-number"
      noValidate
      key={JSON.stringify(sent)}
    >
      <h3 id="add-number">{t('customers.addNumber')}</h3>
      {state.problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: state.problem })}
        </p>
      )}
      {state.done === undefined ? null : (
        <p className="notice ok" role="status">
          {t('customers.numberAdded', { number: state.done })}
        </p>
      )}
      <input type="hidden" name="tenantId" value={tenantId} />
      <div className="form-grid">
        <Field name="e164" label={t('customers.e164')} error={errors.e164} hint={t('customers.e164Hint')}>
          {(props) => <input {...props} type="text" inputMode="tel" required defaultValue={sent.e164} />}
        </Field>
        <Field name="label" label={t('customers.label')} error={errors.label}>
          {(props) => <input {...props} type="text" maxLength={60} defaultValue={sent.label} />}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t('app.loading') : t('customers.addNumber')}
      </button>
    </form>
  );
}

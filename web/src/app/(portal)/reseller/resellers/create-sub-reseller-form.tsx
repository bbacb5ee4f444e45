'use client';
import { useActionState } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import type { FormState } from '../form-state';
import { createSubReseller } from './actions';

/** A sub-reseller: name, contact e-mail, limits; the API's errors (e.g. the depth limit) at the fields. */
export function CreateSubResellerForm() {
  const t = useT();
  const [state, action, pending] = useActionState<FormState<string>, FormData>(createSubReseller, {});
  const errors = state.errors ?? {};
  const sent = state.values ?? {};
  return (
    <form
      action={action}
      aria-busy={pending}
      aria-labelledby="new-sub-reseller"
      noValidate
      key={JSON.stringify(sent)}
    >
      <h2 id="new-sub-reseller">{t('subResellers.create')}</h2>
      {state.done === undefined ? null : (
        <p className="notice ok" role="status">
          {t('subResellers.created', { name: state.done })}
        </p>
      )}
      {state.problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: state.problem })}
        </p>
      )}
      {errors.parentResellerId === undefined ? null : (
        <p className="notice error" role="alert">
          {errors.parentResellerId}
        </p>
      )}
      <div className="form-grid">
        <Field name="name" id="sub-name" label={t('customers.name')} error={errors.name}>
          {(props) => <input {...props} type="text" required maxLength={100} defaultValue={sent.name} />}
        </Field>
        <Field name="contactEmail" label={t('subResellers.contact')} error={errors.contactEmail}>
          {(props) => <input {...props} type="email" required defaultValue={sent.contactEmail} />}
        </Field>
        <Field
          name="limits.maxTenants"
          label={t('subResellers.maxTenants')}
          error={errors['limits.maxTenants']}
          hint={t('customers.limitHint')}
        >
          {(props) => (
            <input {...props} type="text" inputMode="numeric" defaultValue={sent['limits.maxTenants']} />
          )}
        </Field>
        <Field
          name="limits.maxUsers"
          label={t('customers.maxUsers')}
          error={errors['limits.maxUsers']}
          hint={t('customers.limitHint')}
        >
          {(props) => (
            <input {...props} type="text" inputMode="numeric" defaultValue={sent['limits.maxUsers']} />
          )}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t('app.loading') : t('subResellers.create')}
      </button>
    </form>
  );
}

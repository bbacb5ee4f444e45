'use client';
import { useActionState } from 'react';
import { Field } from '../../../../../components/field';
import { useT } from '../../../../../i18n/client';
import type { FormState } from '../../form-state';
import { createCustomer } from '../actions';
import { LimitField } from '../limit-field';

/**
 * A new customer: name, slug (its SIP domain's first label, fixed for good),
 * country, time zone, language and the first limits. The API's field errors
 * land at their fields; the button is disabled while the request runs.
 */
export function CreateCustomerForm() {
  const t = useT();
  const [state, action, pending] = useActionState<FormState, FormData>(createCustomer, {});
  const errors = state.errors ?? {};
  const sent = state.values ?? {};
  // Keyed by the answer, so the fields take the sent values as their defaults after each try.
  const attempt = Object.keys(sent).length === 0 ? 'new' : JSON.stringify(sent);
  return (
    <form action={action} aria-busy={pending} noValidate key={attempt}>
      {state.problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: state.problem })}
        </p>
      )}
      <div className="form-grid">
        <Field name="name" label={t('customers.name')} error={errors.name}>
          {(props) => <input {...props} type="text" required maxLength={100} defaultValue={sent.name} />}
        </Field>
        <Field name="slug" label={t('customers.slug')} error={errors.slug} hint={t('customers.slugHint')}>
          {(props) => (
            <input
              {...props}
              type="text"
              required
              pattern="[a-z][a-z0-9-]*[a-z0-9]"
              minLength={3}
              maxLength={32}
            />
          )}
        </Field>
        <Field
          name="country"
          label={t('customers.country')}
          error={errors.country}
          hint={t('customers.countryHint')}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              required
              maxLength={2}
              defaultValue={sent.country ?? 'DE'}
              autoComplete="country"
            />
          )}
        </Field>
        <Field name="timeZone" label={t('customers.timeZone')} error={errors.timeZone}>
          {(props) => (
            <input {...props} type="text" required defaultValue={sent.timeZone ?? 'Europe/Berlin'} />
          )}
        </Field>
        <Field name="language" label={t('users.language')} error={errors.language}>
          {(props) => (
            <select {...props} defaultValue={sent.language ?? 'de'}>
              <option value="en">English</option>
              <option value="de">Deutsch</option>
              <option value="nl">Nederlands</option>
            </select>
          )}
        </Field>
        <LimitField
          name="maxUsers"
          label={t('customers.maxUsers')}
          error={errors['limits.maxUsers']}
          defaultValue={sent['limits.maxUsers'] ?? '25'}
        />
        <LimitField
          name="maxConcurrentCalls"
          label={t('customers.maxCalls')}
          error={errors['limits.maxConcurrentCalls']}
          defaultValue={sent['limits.maxConcurrentCalls'] ?? '10'}
        />
      </div>
      <p className="checkbox">
        <input
          type="checkbox"
          id="field-international"
          name="limits.allowInternational"
          defaultChecked={sent['limits.allowInternational'] === 'on'}
        />
        <label htmlFor="field-international" style={{ margin: 0 }}>
          {t('customers.international')}
        </label>
      </p>
      <button type="submit" disabled={pending}>
        {pending ? t('app.loading') : t('customers.create')}
      </button>
    </form>
  );
}

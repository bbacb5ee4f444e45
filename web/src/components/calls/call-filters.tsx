import Link from 'next/link';
import type { Translate } from '../../i18n/messages';
import { type CallFilterErrors, type CallFilterForm, DIRECTIONS, DISPOSITIONS } from '../../lib/cdr-query';
import { Field } from '../field';
import styles from './calls.module.css';

/**
 * The call-history filters as a plain GET form: every filtered view is a URL
 * (bookmark, back button) and works before the page's JavaScript has loaded.
 * Errors — the form's own and the API's, mapped to these fields — sit at
 * their field.
 */
export function CallFilters({
  action,
  form,
  errors,
  users,
  t,
}: {
  action: string;
  form: CallFilterForm;
  errors: CallFilterErrors;
  /** The tenant's users for the user filter; none on a user's own history. */
  users?: readonly { id: string; label: string }[];
  t: Translate;
}) {
  return (
    <form method="get" action={action} aria-label={t('calls.filters')} className={styles.filters}>
      <Field name="since" label={t('calls.since')} error={errors.since} hint={t('calls.rangeHint')}>
        {(props) => <input {...props} type="date" defaultValue={form.since} />}
      </Field>
      <Field name="until" label={t('calls.until')} error={errors.until}>
        {(props) => <input {...props} type="date" defaultValue={form.until} />}
      </Field>
      {users === undefined ? null : (
        <Field name="userId" label={t('calls.user')} error={errors.userId}>
          {(props) => (
            <select {...props} defaultValue={form.userId}>
              <option value="">{t('calls.anyone')}</option>
              {users.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="number" label={t('calls.number')} error={errors.number} hint={t('calls.numberHint')}>
        {(props) => <input {...props} type="search" defaultValue={form.number} maxLength={64} />}
      </Field>
      <Field name="disposition" label={t('calls.result')} error={errors.disposition}>
        {(props) => (
          <select {...props} defaultValue={form.disposition}>
            <option value="">{t('calls.any')}</option>
            {DISPOSITIONS.map((value) => (
              <option key={value} value={value}>
                {t(`calls.disposition.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="direction" label={t('calls.direction')} error={errors.direction}>
        {(props) => (
          <select {...props} defaultValue={form.direction}>
            <option value="">{t('calls.any')}</option>
            {DIRECTIONS.map((value) => (
              <option key={value} value={value}>
                {t(`calls.direction.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className={styles.actions}>
        <button type="submit">{t('calls.filter')}</button>
        <Link href={action}>{t('calls.clear')}</Link>
      </div>
    </form>
  );
}

/** The message of a filter error code ('date', 'choice') or the API's own message. */
export function filterErrorText(t: Translate, errors: CallFilterErrors): CallFilterErrors {
  const out: CallFilterErrors = {};
  for (const [field, code] of Object.entries(errors) as [keyof CallFilterForm, string][]) {
    out[field] = code === 'date' ? t('calls.error.date') : code === 'choice' ? t('calls.error.choice') : code;
  }
  return out;
}

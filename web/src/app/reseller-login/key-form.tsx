'use client';
import { useActionState } from 'react';
import { Field } from '../../components/field';
import { useT } from '../../i18n/client';
import { type KeySignInState, signInWithKey } from './actions';

/** The reseller's API key, checked by the server action; its error sits at the field. */
export function KeyForm() {
  const t = useT();
  const [state, action, pending] = useActionState<KeySignInState, FormData>(signInWithKey, {});
  return (
    <form action={action} aria-busy={pending}>
      <h2>{t('resellerLogin.title')}</h2>
      <Field name="apiKey" label={t('resellerLogin.key')} error={state.error} hint={t('resellerLogin.hint')}>
        {(props) => <input {...props} type="password" autoComplete="off" required spellCheck={false} />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t('app.loading') : t('resellerLogin.submit')}
      </button>
    </form>
  );
}

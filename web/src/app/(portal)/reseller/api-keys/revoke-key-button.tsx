'use client';
import { useActionState } from 'react';
import { useT } from '../../../../i18n/client';
import type { FormState } from '../form-state';
import { revokeKey } from './actions';

/** Revokes one key; a failure is said beside the button. */
export function RevokeKeyButton({ apiKeyId, name }: { apiKeyId: string; name: string }) {
  const t = useT();
  const [state, action, pending] = useActionState<FormState, FormData>(revokeKey, {});
  return (
    <form action={action} aria-busy={pending}>
      <input type="hidden" name="apiKeyId" value={apiKeyId} />
      <button
        type="submit"
        className="secondary"
        disabled={pending}
        aria-label={t('apiKeys.revokeNamed', { name })}
      >
        {t('apiKeys.revoke')}
      </button>
      {state.problem === undefined ? null : (
        <span className="error" role="alert">
          {' '}
          {state.problem}
        </span>
      )}
    </form>
  );
}

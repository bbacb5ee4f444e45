'use client';
import { useActionState, useEffect, useRef } from 'react';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';
import type { FormState } from '../form-state';
import { type CreatedKey, createKey, type Scope } from './actions';

const SCOPES: readonly Scope[] = [
  'tenants:read',
  'tenants:write',
  'numbers:read',
  'numbers:write',
  'users:read',
  'users:write',
  'devices:read',
  'devices:write',
  'routing:read',
  'routing:write',
  'cdrs:read',
  'audit:read',
  'webhooks:read',
  'webhooks:write',
];

/**
 * A new API key: name and scopes. The key itself is in the answer once and
 * shown once, here, with the advice to store it now; the page never has it
 * again (the API keeps only its hash).
 */
export function CreateKeyForm() {
  const t = useT();
  const [state, action, pending] = useActionState<FormState<CreatedKey>, FormData>(createKey, {});
  const form = useRef<HTMLFormElement>(null);
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.done === undefined) return;
    form.current?.reset();
    shown.current?.focus();
  }, [state]);
  const errors = state.errors ?? {};
  const sent = state.values ?? {};
  const sentScopes = new Set((sent.scopes ?? '').split(','));
  return (
    <>
      {state.done === undefined ? null : (
        <div className="notice ok" role="status" tabIndex={-1} ref={shown} data-testid="new-key">
          <p>{t('apiKeys.createdOnce', { name: state.done.name })}</p>
          <p>
            <code className="secret" data-secret>
              {state.done.key}
            </code>
          </p>
        </div>
      )}
      <form
        ref={form}
        action={action}
        aria-busy={pending}
        aria-labelledby="new-key-title"
        noValidate
        key={JSON.stringify(sent)}
      >
        <h2 id="new-key-title">{t('apiKeys.create')}</h2>
        {state.problem === undefined ? null : (
          <p className="notice error" role="alert">
            {t('app.error', { detail: state.problem })}
          </p>
        )}
        <Field name="name" label={t('apiKeys.name')} error={errors.name}>
          {(props) => <input {...props} type="text" required maxLength={60} defaultValue={sent.name} />}
        </Field>
        <fieldset aria-describedby={errors.scopes === undefined ? undefined : 'scopes-error'}>
          <legend>{t('apiKeys.scopes')}</legend>
          <div className="form-grid">
            {SCOPES.map((scope) => (
              <p className="checkbox" key={scope} style={{ margin: '0.2rem 0' }}>
                <input
                  type="checkbox"
                  id={`scope-${scope}`}
                  name="scopes"
                  value={scope}
                  defaultChecked={sentScopes.has(scope)}
                />
                <label htmlFor={`scope-${scope}`} style={{ margin: 0, fontWeight: 400 }}>
                  <code>{scope}</code>
                </label>
              </p>
            ))}
          </div>
          {errors.scopes === undefined ? null : (
            <p
              className="error"
              id="scopes-error"
              data-field-error="scopes"
              style={{ color: 'var(--danger)' }}
            >
              {errors.scopes}
            </p>
          )}
        </fieldset>
        <button type="submit" disabled={pending}>
          {pending ? t('app.loading') : t('apiKeys.create')}
        </button>
      </form>
    </>
  );
}

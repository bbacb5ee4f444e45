'use client';
import { useActionState } from 'react';
import { useT } from '../../../../../i18n/client';
import type { FormState } from '../../form-state';
import { changeCustomerStatus } from '../actions';

type Status = 'active' | 'suspended' | 'deleted-pending';

/**
 * The status changes a customer allows now: suspend (active), resume
 * (suspended), delete with a grace period (confirmed with a checkbox, so a
 * stray Enter cannot do it), restore (deleted-pending). Each sends the
 * version the page showed; a change in between is the API's 412, shown here.
 */
export function StatusActions({
  tenantId,
  name,
  version,
  status,
}: {
  tenantId: string;
  name: string;
  version: number;
  status: Status;
}) {
  const t = useT();
  const [state, action, pending] = useActionState<FormState, FormData>(changeCustomerStatus, {});
  const hidden = (
    <>
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <section aria-label={t('customers.actions')} aria-busy={pending}>
      {state.problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: state.problem })}
        </p>
      )}
      <div className="toolbar">
        {status === 'active' ? (
          <form action={action}>
            {hidden}
            <input type="hidden" name="step" value="suspend" />
            <button type="submit" className="secondary" disabled={pending}>
              {t('customers.suspend')}
            </button>
          </form>
        ) : null}
        {status === 'suspended' ? (
          <form action={action}>
            {hidden}
            <input type="hidden" name="step" value="resume" />
            <button type="submit" disabled={pending}>
              {t('customers.resume')}
            </button>
          </form>
        ) : null}
        {status === 'deleted-pending' ? (
          <form action={action}>
            {hidden}
            <input type="hidden" name="step" value="restore" />
            <button type="submit" disabled={pending}>
              {t('customers.restore')}
            </button>
          </form>
        ) : null}
      </div>
      {status === 'deleted-pending' ? null : (
        <details>
          <summary>{t('customers.delete')}</summary>
          <form action={action}>
            {hidden}
            <input type="hidden" name="step" value="delete" />
            <p className="hint">{t('customers.deleteHint')}</p>
            <p className="checkbox">
              <input type="checkbox" id="confirm-delete" name="confirm" required />
              <label htmlFor="confirm-delete" style={{ margin: 0 }}>
                {t('customers.deleteConfirm', { name })}
              </label>
            </p>
            <button type="submit" className="secondary" disabled={pending}>
              {t('customers.delete')}
            </button>
          </form>
        </details>
      )}
      {pending ? <p role="status">{t('app.loading')}</p> : null}
    </section>
  );
}

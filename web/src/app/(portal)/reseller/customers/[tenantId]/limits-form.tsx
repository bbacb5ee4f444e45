'use client';
import { useActionState } from 'react';
import { useT } from '../../../../../i18n/client';
import type { FormState } from '../../form-state';
import { changeLimits } from '../actions';
import { LimitField } from '../limit-field';

interface Limits {
  readonly maxUsers: number | null;
  readonly maxConcurrentCalls: number | null;
  readonly maxOutboundCallsPerMinute: number | null;
  readonly allowInternational: boolean;
}

const shown = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The customer's limits, changed at the version the page showed (a change in between: the API's 412). */
export function LimitsForm({
  tenantId,
  version,
  limits,
}: {
  tenantId: string;
  version: number;
  limits: Limits;
}) {
  const t = useT();
  const [state, action, pending] = useActionState<FormState<boolean>, FormData>(changeLimits, {});
  const errors = state.errors ?? {};
  const sent = state.values ?? {};
  const value = (name: string, current: number | null) => sent[name] ?? shown(current);
  return (
    <form
      action={action}
      aria-busy={pending}
      aria-labelledby="limits-title"
      noValidate
      key={`${version}-${JSON.stringify(sent)}`}
    >
      <h3 id="limits-title">{t('customers.changeLimits')}</h3>
      {state.done === true && Object.keys(sent).length === 0 ? (
        <p className="notice ok" role="status">
          {t('app.saved')}
        </p>
      ) : null}
      {state.problem === undefined ? null : (
        <p className="notice error" role="alert">
          {t('app.error', { detail: state.problem })}
        </p>
      )}
      <input type="hidden" name="tenantId" value={tenantId} />
      <input type="hidden" name="version" value={version} />
      <div className="form-grid">
        <LimitField
          name="maxUsers"
          label={t('customers.maxUsers')}
          error={errors['limits.maxUsers']}
          defaultValue={value('limits.maxUsers', limits.maxUsers)}
        />
        <LimitField
          name="maxConcurrentCalls"
          label={t('customers.maxCalls')}
          error={errors['limits.maxConcurrentCalls']}
          defaultValue={value('limits.maxConcurrentCalls', limits.maxConcurrentCalls)}
        />
        <LimitField
          name="maxOutboundCallsPerMinute"
          label={t('customers.maxPerMinute')}
          error={errors['limits.maxOutboundCallsPerMinute']}
          defaultValue={value('limits.maxOutboundCallsPerMinute', limits.maxOutboundCallsPerMinute)}
        />
      </div>
      <p className="checkbox">
        <input
          type="checkbox"
          id="limits-international"
          name="limits.allowInternational"
          defaultChecked={
            sent['limits.allowInternational'] === undefined
              ? limits.allowInternational
              : sent['limits.allowInternational'] === 'on'
          }
        />
        <label htmlFor="limits-international" style={{ margin: 0 }}>
          {t('customers.international')}
        </label>
      </p>
      <button type="submit" disabled={pending}>
        {pending ? t('app.loading') : t('app.save')}
      </button>
    </form>
  );
}

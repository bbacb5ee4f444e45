'use client';
import { Field } from '../../../../components/field';
import { useT } from '../../../../i18n/client';

/** One numeric limit of a customer (`limits.<name>`; empty = no limit), as the create and limits forms ask for it. */
export function LimitField({
  name,
  label,
  error,
  defaultValue,
}: {
  name: 'maxUsers' | 'maxConcurrentCalls' | 'maxOutboundCallsPerMinute';
  label: string;
  error: string | undefined;
  defaultValue: string;
}) {
  const t = useT();
  return (
    <Field name={`limits.${name}`} label={label} error={error} hint={t('customers.limitHint')}>
      {(props) => <input {...props} type="text" inputMode="numeric" defaultValue={defaultValue} />}
    </Field>
  );
}

import type { Translate } from '../../../../i18n/messages';

/** A customer's status in words, marked for tests and styles. */
export function StatusBadge({
  status,
  t,
}: {
  status: 'active' | 'suspended' | 'deleted-pending';
  t: Translate;
}) {
  return (
    <span className={status === 'active' ? 'badge ok' : 'badge'} data-status={status}>
      {t(`customers.status.${status}`)}
    </span>
  );
}

'use client';
import { useT } from '../../i18n/client';

/** A page whose API call failed unexpectedly: say so and offer another try, inside the portal's frame. */
export default function PortalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useT();
  return (
    <div className="notice error" role="alert">
      <p>{t('app.error', { detail: error.digest === undefined ? error.message : `#${error.digest}` })}</p>
      <button type="button" onClick={reset}>
        {t('app.retry')}
      </button>
    </div>
  );
}

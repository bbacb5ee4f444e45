import { getI18n } from '../i18n/server';

/** Says plainly that a view has no API behind it yet, instead of showing made-up data. */
export async function Unavailable({ what }: { what?: string }) {
  const { t } = await getI18n();
  return (
    <p className="unavailable" data-unavailable={what ?? ''}>
      {t('app.notAvailable')}
    </p>
  );
}

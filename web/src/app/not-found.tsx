import Link from 'next/link';
import { getI18n } from '../i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <main id="content">
      <h1>404</h1>
      <p>{t('app.notFound')}</p>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </main>
  );
}

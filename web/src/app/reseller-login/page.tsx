import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LanguageSwitcher } from '../../components/language-switcher';
import { getI18n } from '../../i18n/server';
import { findCaller } from '../../lib/api-server';
import { homeOf } from '../../nav';
import { KeyForm } from './key-form';

export const metadata: Metadata = { title: 'Reseller sign-in' };

/** Resellers sign in to their views with one of their API keys (see lib/reseller-key.ts). */
export default async function ResellerLoginPage() {
  const caller = await findCaller();
  if (caller !== undefined) redirect(homeOf(caller.role, caller.user !== null));
  const { t, locale } = await getI18n();
  return (
    <main id="content" className="login">
      <h1>{t('app.name')}</h1>
      <KeyForm />
      <p style={{ marginTop: '1.5rem' }}>
        <Link href="/login">{t('resellerLogin.userLogin')}</Link>
      </p>
      <p style={{ textAlign: 'center' }}>
        <LanguageSwitcher current={locale} />
      </p>
    </main>
  );
}

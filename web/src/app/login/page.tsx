import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { LanguageSwitcher } from '../../components/language-switcher';
import { getI18n } from '../../i18n/server';
import { findCaller } from '../../lib/api-server';
import { homeOf } from '../../nav';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Log in' };

export default async function LoginPage() {
  const caller = await findCaller();
  if (caller !== undefined) redirect(homeOf(caller.role, caller.user !== null));
  const { t, locale } = await getI18n();
  return (
    <main id="content" className="login">
      <h1>{t('app.name')}</h1>
      <LoginForm />
      <p style={{ marginTop: '1rem' }}>
        <Link href="/reseller-login">{t('resellerLogin.link')}</Link>
      </p>
      <p style={{ textAlign: 'center', marginTop: '1.5rem' }}>
        <LanguageSwitcher current={locale} />
      </p>
    </main>
  );
}

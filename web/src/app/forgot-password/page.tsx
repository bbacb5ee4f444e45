import type { Metadata } from 'next';
import { getI18n } from '../../i18n/server';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot password' };

export default async function ForgotPasswordPage() {
  const { t } = await getI18n();
  return (
    <main id="content" className="login">
      <h1>{t('app.name')}</h1>
      <ForgotPasswordForm />
    </main>
  );
}

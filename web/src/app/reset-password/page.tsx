import type { Metadata } from 'next';
import { getI18n } from '../../i18n/server';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'New password' };

/** The page the reset mail links to: `/reset-password#token=…` (the fragment never reaches a server log). */
export default async function ResetPasswordPage() {
  const { t } = await getI18n();
  return (
    <main id="content" className="login">
      <h1>{t('app.name')}</h1>
      <ResetPasswordForm />
    </main>
  );
}

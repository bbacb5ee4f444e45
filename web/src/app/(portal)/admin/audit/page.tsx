import type { Metadata } from 'next';
import { Unavailable } from '../../../../components/unavailable';
import { getI18n } from '../../../../i18n/server';
import { requireTenantAdmin } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Audit' };

export default async function AuditPage() {
  await requireTenantAdmin();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <Unavailable what="audit" />
    </>
  );
}

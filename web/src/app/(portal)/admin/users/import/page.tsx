import type { Metadata } from 'next';
import { getI18n } from '../../../../../i18n/server';
import { requireTenantAdmin } from '../../../../../lib/api-server';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import users' };

/** The manual's CSV import (T300 manual L415-476): a check first, then the import, each row reported. */
export default async function ImportUsersPage() {
  const { tenantId } = await requireTenantAdmin();
  const { t } = await getI18n();
  return (
    <>
      <h1>{t('usersImport.title')}</h1>
      <p>{t('usersImport.intro')}</p>
      <p>
        <a href={`/v1/tenants/${encodeURIComponent(tenantId)}/user-export`} download="users.csv">
          {t('usersImport.export')}
        </a>
      </p>
      <ImportForm tenantId={tenantId} />
    </>
  );
}

import type { Metadata } from 'next';
import { CallHistory } from '../../../../components/calls/call-history';
import { requireTenantAdmin } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'Calls' };

/** Every call of the tenant, with filters, chart and export. */
export default async function CallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId } = await requireTenantAdmin();
  return (
    <CallHistory
      scope="tenant"
      tenantId={tenantId}
      basePath="/admin/calls"
      searchParams={await searchParams}
    />
  );
}

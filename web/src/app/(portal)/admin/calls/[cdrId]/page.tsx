import type { Metadata } from 'next';
import { CallDetail } from '../../../../../components/calls/call-detail';
import { requireTenantAdmin } from '../../../../../lib/api-server';

export const metadata: Metadata = { title: 'Call' };

export default async function CallPage({ params }: { params: Promise<{ cdrId: string }> }) {
  const { tenantId } = await requireTenantAdmin();
  const { cdrId } = await params;
  return <CallDetail tenantId={tenantId} cdrId={cdrId} backHref="/admin/calls" />;
}

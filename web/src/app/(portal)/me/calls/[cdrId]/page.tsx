import type { Metadata } from 'next';
import { CallDetail } from '../../../../../components/calls/call-detail';
import { requireTenantUser } from '../../../../../lib/api-server';

export const metadata: Metadata = { title: 'Call' };

/** One of the user's own calls; the API answers 404 for a call they were not on. */
export default async function MyCallPage({ params }: { params: Promise<{ cdrId: string }> }) {
  const { tenantId } = await requireTenantUser();
  const { cdrId } = await params;
  return <CallDetail tenantId={tenantId} cdrId={cdrId} backHref="/me/calls" />;
}

import type { Metadata } from 'next';
import { CallHistory } from '../../../../components/calls/call-history';
import { requireTenantUser } from '../../../../lib/api-server';

export const metadata: Metadata = { title: 'My Calls' };

/** The calls the signed-in user was on (GET /me/calls), whatever their role. */
export default async function MyCallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenantId, user } = await requireTenantUser();
  return (
    <CallHistory
      scope="me"
      tenantId={tenantId}
      ownUserId={user.id}
      basePath="/me/calls"
      searchParams={await searchParams}
    />
  );
}

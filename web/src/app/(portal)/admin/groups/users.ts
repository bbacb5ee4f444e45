import 'server-only';
import type { CarillonClient } from '@carillon/api-client';

/** Users offered as group members: the first page, by extension; beyond it a member shows its id. */
const USER_LIMIT = 100;

export async function memberOptions(api: CarillonClient, tenantId: string) {
  const { data, error } = await api.GET('/tenants/{tenantId}/users', {
    params: { path: { tenantId }, query: { limit: USER_LIMIT } },
  });
  if (data === undefined) throw new Error(error?.detail ?? 'the user list could not be read');
  return [...data.items]
    .sort((a, b) => a.extensionNumber.localeCompare(b.extensionNumber))
    .map((user) => ({ id: user.id, label: `${user.extensionNumber} · ${user.firstName} ${user.lastName}` }));
}

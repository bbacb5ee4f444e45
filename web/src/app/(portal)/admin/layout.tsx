import type { ReactNode } from 'react';
import { requireTenantAdmin } from '../../../lib/api-server';

/** Admin views: tenant admins only. Anyone else gets the 404 page, as the API answers them. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireTenantAdmin();
  return children;
}

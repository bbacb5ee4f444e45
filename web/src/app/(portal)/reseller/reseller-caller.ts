import 'server-only';
import { notFound } from 'next/navigation';
import { requireCaller } from '../../../lib/api-server';

/**
 * A reseller admin (signed in with the reseller's API key), with the reseller
 * they act for. Anyone else gets the 404 page, as the API answers them. The
 * operator has no reseller of its own; its views are the API's for now.
 */
export async function requireReseller(): Promise<{ resellerId: string }> {
  const caller = await requireCaller();
  if (caller.role !== 'reseller-admin' || caller.resellerId === null) notFound();
  return { resellerId: caller.resellerId };
}

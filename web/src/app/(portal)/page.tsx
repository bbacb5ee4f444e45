import { redirect } from 'next/navigation';
import { requireCaller } from '../../lib/api-server';
import { homeOf } from '../../nav';

/** The start page is the role's home. */
export default async function StartPage() {
  const caller = await requireCaller();
  redirect(homeOf(caller.role, caller.user !== null));
}

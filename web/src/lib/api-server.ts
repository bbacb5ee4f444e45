import 'server-only';
import {
  type CarillonClient,
  CSRF_COOKIE,
  cookieValue,
  createCarillonClient,
  type Schema,
} from '@carillon/api-client';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { apiOrigin } from './config';
import { API_KEY_PATTERN, RESELLER_KEY_COOKIE } from './reseller-key';

/**
 * The typed API client for this request, acting with the browser's own
 * session cookie — or, for a reseller signed in with an API key, with that
 * key as a bearer token (see reseller-key.ts).
 */
export const serverApi = cache(async (): Promise<CarillonClient> => {
  const resellerKey = (await cookies()).get(RESELLER_KEY_COOKIE)?.value;
  if (resellerKey !== undefined && API_KEY_PATTERN.test(resellerKey)) {
    return createCarillonClient({
      baseUrl: `${apiOrigin()}/v1`,
      headers: { authorization: `Bearer ${resellerKey}` },
    });
  }
  const cookie = (await headers()).get('cookie') ?? '';
  return createCarillonClient({
    baseUrl: `${apiOrigin()}/v1`,
    headers: { cookie },
    csrfToken: () => cookieValue(cookie, CSRF_COOKIE),
  });
});

export type Caller = Schema<'Me'>;

/** Who is logged in, or undefined; asked once per request. */
export const findCaller = cache(async (): Promise<Caller | undefined> => {
  const jar = await cookies();
  if (jar.size === 0) return undefined;
  const { data, response } = await (await serverApi()).GET('/me');
  if (data !== undefined) return data;
  if (response.status === 401) return undefined;
  throw new Error(`GET /me answered ${response.status}`);
});

/** The caller, or off to the login page. */
export async function requireCaller(): Promise<Caller> {
  const caller = await findCaller();
  if (caller === undefined) redirect('/login');
  return caller;
}

/** A tenant member with admin rights, with the tenant they administer; anyone else gets a 404 page. */
export async function requireTenantAdmin(): Promise<Caller & { tenantId: string }> {
  const caller = await requireCaller();
  if (caller.role !== 'tenant-admin' || caller.tenantId === null) notFound();
  return { ...caller, tenantId: caller.tenantId };
}

/** A tenant member (admin or user), with their tenant and user. */
export async function requireTenantUser(): Promise<
  Caller & { tenantId: string; user: NonNullable<Caller['user']> }
> {
  const caller = await requireCaller();
  if (caller.tenantId === null || caller.user === null) notFound();
  return { ...caller, tenantId: caller.tenantId, user: caller.user };
}

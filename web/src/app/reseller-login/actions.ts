'use server';
import { createCarillonClient } from '@carillon/api-client';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getI18n } from '../../i18n/server';
import { apiOrigin } from '../../lib/config';
import { API_KEY_PATTERN, RESELLER_KEY_COOKIE } from '../../lib/reseller-key';

export interface KeySignInState {
  readonly error?: string;
}

/**
 * Checks the key with the API (`GET /me` as that key) and keeps it in the
 * portal's HttpOnly cookie only if it is a reseller's: a tenant's key is
 * refused here (tenant admins log in with their user, which has a second
 * factor and a lockout).
 */
export async function signInWithKey(_previous: KeySignInState, form: FormData): Promise<KeySignInState> {
  const { t } = await getI18n();
  const key = String(form.get('apiKey') ?? '').trim();
  if (!API_KEY_PATTERN.test(key)) return { error: t('resellerLogin.format') };
  const api = createCarillonClient({
    baseUrl: `${apiOrigin()}/v1`,
    headers: { authorization: `Bearer ${key}` },
  });
  const { data, error, response } = await api.GET('/me');
  if (data === undefined) {
    if (error?.code === 'account-suspended') return { error: t('login.suspended') };
    if (response.status === 429)
      return { error: t('login.locked', { seconds: response.headers.get('retry-after') ?? '?' }) };
    return { error: t('resellerLogin.unknown') };
  }
  if (data.role !== 'reseller-admin') return { error: t('resellerLogin.notReseller') };
  (await cookies()).set(RESELLER_KEY_COOKIE, key, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
  });
  redirect('/reseller/customers');
}

import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { findCaller } from '../lib/api-server';
import { chooseLocale, LOCALE_COOKIE, type Locale, type Translate, translator } from './messages';

/** The language of this request and its translate function. */
export const getI18n = cache(async (): Promise<{ locale: Locale; t: Translate }> => {
  const caller = await findCaller().catch(() => undefined);
  const locale = chooseLocale({
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    profile: caller?.user?.language,
    acceptLanguage: (await headers()).get('accept-language') ?? undefined,
  });
  return { locale, t: translator(locale) };
});

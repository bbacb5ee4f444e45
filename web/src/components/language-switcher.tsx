'use client';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useT } from '../i18n/client';
import { LOCALE_COOKIE, LOCALE_NAMES, LOCALES, type Locale } from '../i18n/messages';

/** Picks the portal's language for this browser (a cookie for a year); the page re-renders in it. */
export function LanguageSwitcher({ current }: { current: Locale }) {
  const t = useT();
  const router = useRouter();
  const id = useId();
  return (
    <span>
      <label htmlFor={id} style={{ display: 'inline', marginRight: '0.4rem' }}>
        {t('app.language')}
      </label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie; cookieStore is not in every browser yet
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </span>
  );
}

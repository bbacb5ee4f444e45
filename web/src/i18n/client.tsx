'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { DEFAULT_LOCALE, type Locale, type Translate, translator } from './messages';

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Hands the server's choice of language to client components. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => translator(locale), [locale]);
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

import { de } from './de';
import { type Dictionary, en, type MessageKey } from './en';
import { nl } from './nl';

export type { MessageKey } from './en';

export const LOCALES = ['en', 'de', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** Set by the language switcher; wins over the user's profile language and the browser's. */
export const LOCALE_COOKIE = 'carillon-locale';

/** Each language's own name, for the switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  nl: 'Nederlands',
};

const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, de, nl };

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The message for `key` in `locale`, with `{name}` placeholders filled. */
export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values?.[name] === undefined ? match : String(values[name]),
    );
}

/**
 * The first supported language among the candidates: the switcher's cookie,
 * the user's profile language (`de`, `nl-BE`), then the browser's
 * Accept-Language list in order of preference (RFC 9110 §12.5.4).
 */
export function chooseLocale(candidates: {
  cookie?: string | undefined;
  profile?: string | undefined;
  acceptLanguage?: string | undefined;
}): Locale {
  if (isLocale(candidates.cookie)) return candidates.cookie;
  const profile = candidates.profile?.split('-')[0]?.toLowerCase();
  if (isLocale(profile)) return profile;
  const accepted = (candidates.acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^q=([\d.]+)$/.exec(param.trim())?.[1]).find(Boolean);
      return { language: tag.split('-')[0]?.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { language } of accepted) if (isLocale(language)) return language;
  return DEFAULT_LOCALE;
}

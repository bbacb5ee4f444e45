import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { chooseLocale, translator } from './messages';
import { nl } from './nl';

describe('chooseLocale', () => {
  it('prefers the switcher cookie, then the profile language, then Accept-Language by weight', () => {
    expect(chooseLocale({ cookie: 'nl', profile: 'de', acceptLanguage: 'en' })).toBe('nl');
    expect(chooseLocale({ cookie: 'fr', profile: 'de-AT', acceptLanguage: 'nl' })).toBe('de');
    expect(chooseLocale({ acceptLanguage: 'fr-FR, en;q=0.5, nl-BE;q=0.8' })).toBe('nl');
    expect(chooseLocale({ acceptLanguage: 'de;q=0, fr' })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('de')('login.locked', { seconds: 30 })).toBe(
      'Zu viele Fehlversuche. Bitte in 30 s erneut versuchen.',
    );
    expect(translator('en')('login.locked')).toContain('{seconds}');
  });

  it('has every English message in German and Dutch, none left empty or untranslated by accident', () => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(de).sort()).toEqual(keys);
    expect(Object.keys(nl).sort()).toEqual(keys);
    for (const dictionary of [de, nl]) {
      for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe('');
    }
    // Words that are the same in all three (brand, "Voicemail") are fine; most messages must differ.
    const same = keys.filter((key) => en[key as keyof typeof en] === de[key as keyof typeof de]);
    expect(same.length).toBeLessThan(keys.length / 10);
  });
});

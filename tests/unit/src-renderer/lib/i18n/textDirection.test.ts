import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../../../../src-shared/bundleSchema';
import { languageName, languageOfText, textAttributes, textDirection } from '../../../../../src-renderer/lib/i18n/textDirection';

describe('textDirection', () => {
  const cases = [
    { language: 'he', expected: 'rtl' },
    { language: 'ar', expected: 'rtl' },
    { language: 'fa', expected: 'rtl' },
    { language: 'ur', expected: 'rtl' },
    { language: 'he-IL', expected: 'rtl' },
    { language: 'de', expected: 'ltr' },
    { language: 'en', expected: 'ltr' },
    { language: 'hu', expected: 'ltr' },
  ];
  for (const { language, expected } of cases) {
    it(`${language} is ${expected}`, () => expect(textDirection(language)).toBe(expected));
  }
});

describe('languageOfText and textAttributes', () => {
  const cases: { name: string; value: LocalizedText | undefined; language: string; expected: { lang: string; dir: string } }[] = [
    { name: 'a field in the chosen language', value: { de: 'Besuch', he: 'ביקור' }, language: 'he', expected: { lang: 'he', dir: 'rtl' } },
    { name: 'a field that falls back to German', value: { de: 'Besuch', en: 'Visit' }, language: 'he', expected: { lang: 'de', dir: 'ltr' } },
    { name: 'a plain string counts as German', value: 'Besuch', language: 'ar', expected: { lang: 'de', dir: 'ltr' } },
    { name: 'a missing field', value: undefined, language: 'en', expected: { lang: 'de', dir: 'ltr' } },
  ];
  for (const { name, value, language, expected } of cases) {
    it(name, () => {
      expect(textAttributes(value, language)).toEqual(expected);
      expect(languageOfText(value, language)).toBe(expected.lang);
    });
  }
});

describe('languageName', () => {
  const cases = [
    { code: 'de', expected: 'Deutsch' },
    { code: 'en', expected: 'English' },
    { code: 'he', expected: 'עברית' },
    { code: 'fr', expected: 'Français' },
    { code: 'zz', expected: 'ZZ' },
  ];
  for (const { code, expected } of cases) {
    it(`${code} → ${expected}`, () => expect(languageName(code)).toBe(expected));
  }
  // The table of well-known names must say what Intl says (it only saves creating a DisplayNames).
  for (const code of ['de', 'en', 'he', 'ar', 'fr', 'it', 'es', 'nl', 'pl', 'tr', 'ru', 'uk', 'cs', 'vi']) {
    it(`${code}: the same name as Intl.DisplayNames`, () => {
      const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) as string;
      expect(languageName(code)).toBe(name.charAt(0).toLocaleUpperCase(code) + name.slice(1));
    });
  }
});

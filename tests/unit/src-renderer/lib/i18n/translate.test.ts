import { describe, expect, it } from 'vitest';
import { translate, uiLanguageFor } from '../../../../../src-renderer/lib/i18n/translate';
import { UI_STRINGS } from '../../../../../src-renderer/lib/i18n/uiStrings';

describe('translate', () => {
  const cases: { name: string; key: Parameters<typeof translate>[0]; language: string; params?: Record<string, string | number>; expected: string }[] = [
    { name: 'German', key: 'touchToExplore', language: 'de', expected: 'Berühren zum Entdecken' },
    { name: 'English', key: 'touchToExplore', language: 'en', expected: 'Touch to explore' },
    { name: 'a language without interface strings falls back to German', key: 'close', language: 'he', expected: 'Schließen' },
    { name: 'a year is not grouped', key: 'since', language: 'de', params: { date: 1973 }, expected: 'seit 1973' },
    { name: 'a count in English', key: 'partnerTowns', language: 'en', params: { count: 4 }, expected: '4 partner towns' },
    { name: 'a missing parameter stays visible', key: 'since', language: 'de', expected: 'seit {date}' },
    { name: 'one partnership, in the singular', key: 'partnerships', language: 'de', params: { count: 1 }, expected: '1 Partnerschaft' },
    { name: 'two partnerships, in the plural', key: 'partnerships', language: 'de', params: { count: 2 }, expected: '2 Partnerschaften' },
    { name: 'no partnership, in the plural', key: 'partnerships', language: 'de', params: { count: 0 }, expected: '0 Partnerschaften' },
    { name: 'one partner town in English', key: 'partnerTowns', language: 'en', params: { count: 1 }, expected: '1 partner town' },
    { name: 'a count without a number takes the plural', key: 'partnerTowns', language: 'de', params: { count: 'viele' }, expected: 'viele Partnerstädte' },
  ];
  for (const { name, key, language, params, expected } of cases) {
    it(name, () => expect(translate(key, language, params)).toBe(expected));
  }

  it('falls back per key when a language leaves a key out', () => {
    const strings = { ...UI_STRINGS, en: { close: 'Close' } };
    expect(translate('close', 'en', {}, strings)).toBe('Close');
    expect(translate('highContrast', 'en', {}, strings)).toBe('Hoher Kontrast');
  });

  it('uses German typography: „…“ quotes and – dashes, no straight quotes or hyphen dashes', () => {
    for (const text of Object.values(UI_STRINGS.de)) {
      expect(text).not.toMatch(/["']| - /);
    }
    expect(UI_STRINGS.de.idleNotice).toContain(' – ');
  });

  it('has every English string for every German key (the shipped interface is complete)', () => {
    expect(Object.keys(UI_STRINGS.en ?? {}).sort()).toEqual(Object.keys(UI_STRINGS.de).sort());
  });
});

describe('uiLanguageFor', () => {
  const cases = [
    { language: 'de', expected: 'de' },
    { language: 'en', expected: 'en' },
    { language: 'he', expected: 'de' },
    { language: 'ar', expected: 'de' },
  ];
  for (const { language, expected } of cases) {
    it(`${language} → ${expected}`, () => expect(uiLanguageFor(language)).toBe(expected));
  }
});

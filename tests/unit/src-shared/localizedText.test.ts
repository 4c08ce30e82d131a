import { describe, expect, it } from 'vitest';
import { localize } from '../../../src-shared/localizedText';

describe('localize', () => {
  const cases = [
    { name: 'plain string is German and used for every language', value: 'Kreis', language: 'en', expected: 'Kreis' },
    { name: 'the requested language', value: { de: 'Kreis', en: 'District' }, language: 'en', expected: 'District' },
    { name: 'falls back to German per field', value: { de: 'Kreis', en: 'District' }, language: 'he', expected: 'Kreis' },
    { name: 'missing optional field', value: undefined, language: 'de', expected: '' },
  ];
  for (const { name, value, language, expected } of cases) {
    it(name, () => expect(localize(value, language)).toBe(expected));
  }
});

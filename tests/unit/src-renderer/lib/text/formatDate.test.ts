import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from '../../../../../src-renderer/lib/text/formatDate';

describe('formatPartialDate', () => {
  it.each([
    { text: '1973', locale: 'de', expected: '1973' },
    { text: '1973-03', locale: 'de', expected: 'März 1973' },
    { text: '1973-03-12', locale: 'de', expected: '12. März 1973' },
    { text: '2014-09-30', locale: 'en', expected: 'September 30, 2014' },
    { text: 'kein Datum', locale: 'de', expected: 'kein Datum' },
  ])('$text ($locale) → $expected', ({ text, locale, expected }) => {
    expect(formatPartialDate(text, locale)).toBe(expected);
  });
  it.each([
    { text: '1966~', locale: 'de', expected: 'um 1966' },
    { text: '1966~', locale: 'en', expected: 'around 1966' },
    { text: '1973-03~', locale: 'de', expected: 'um März 1973' },
    { text: '..', locale: 'de', expected: 'heute' },
    { text: '..', locale: 'en', expected: 'today' },
    // Languages without interface strings fall back to German words around the date in their own form.
    { text: '1966~', locale: 'he', expected: 'um 1966' },
  ])('qualified $text ($locale) → $expected', ({ text, locale, expected }) => {
    expect(formatPartialDate(text, locale)).toBe(expected);
  });
  it('approximate and open-ended ranges', () => {
    expect(formatDateRange('1966~', '..', 'de')).toBe('um 1966 – heute');
    expect(formatDateRange('1966~', '..', 'en')).toBe('around 1966 – today');
    expect(formatDateRange('1966~', '1973', 'de')).toBe('um 1966 – 1973');
  });
  it('ranges', () => {
    expect(formatDateRange('1973-03', '1975', 'de')).toBe('März 1973 – 1975');
    expect(formatDateRange('1973', undefined, 'de')).toBe('1973');
  });
});

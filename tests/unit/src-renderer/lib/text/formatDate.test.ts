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
  it('ranges', () => {
    expect(formatDateRange('1973-03', '1975', 'de')).toBe('März 1973 – 1975');
    expect(formatDateRange('1973', undefined, 'de')).toBe('1973');
  });
});

import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../../../src-renderer/lib/text/intlFormats';

describe('shared Intl formatters', () => {
  it('returns the same formatter for the same locale and options, another for other ones', () => {
    expect(numberFormat('de', { useGrouping: false })).toBe(numberFormat('de', { useGrouping: false }));
    expect(numberFormat('de', { useGrouping: false })).not.toBe(numberFormat('en', { useGrouping: false }));
    expect(dateTimeFormat('de', { year: 'numeric' })).toBe(dateTimeFormat('de', { year: 'numeric' }));
    expect(dateTimeFormat('de', { year: 'numeric' })).not.toBe(dateTimeFormat('de', { month: 'short' }));
  });

  it.each([
    { locale: 'de', value: 1973, expected: '1973' },
    { locale: 'de', value: 12345, expected: '12345' },
    { locale: 'ar', value: 12, expected: new Intl.NumberFormat('ar', { useGrouping: false }).format(12) },
  ])('formats $value in $locale like a fresh formatter', ({ locale, value, expected }) => {
    expect(numberFormat(locale, { useGrouping: false }).format(value)).toBe(expected);
  });
});

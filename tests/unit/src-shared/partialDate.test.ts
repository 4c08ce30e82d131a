import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePartialDate, partialDateEnd, partialDateStart } from '../../../src-shared/partialDate';

describe('parsePartialDate', () => {
  const cases = [
    { name: 'year', text: '1973', expected: { year: 1973 } },
    { name: 'month', text: '2007-01', expected: { year: 2007, month: 1 } },
    { name: 'day', text: '2014-09-30', expected: { year: 2014, month: 9, day: 30 } },
    { name: 'leap day', text: '2024-02-29', expected: { year: 2024, month: 2, day: 29 } },
    { name: 'no leap day in 2023', text: '2023-02-29', expected: undefined },
    { name: 'impossible day', text: '2023-02-31', expected: undefined },
    { name: 'month 13', text: '2023-13', expected: undefined },
    { name: 'month 0', text: '2023-00', expected: undefined },
    { name: 'German notation', text: '31.02.2023', expected: undefined },
    { name: 'two-digit year', text: '73', expected: undefined },
    { name: 'trailing text', text: '1973 ca.', expected: undefined },
  ];
  for (const { name, text, expected } of cases) {
    it(`${name}: ${text}`, () => {
      expect(parsePartialDate(text)).toEqual(expected);
      expect(isCalendarDate(text)).toBe(expected !== undefined);
    });
  }
});

describe('partialDateStart / partialDateEnd', () => {
  const cases = [
    { text: '1973', start: '1973-01-01', end: '1974-01-01' },
    { text: '2007-12', start: '2007-12-01', end: '2008-01-01' },
    { text: '2014-09-30', start: '2014-09-30', end: '2014-10-01' },
  ];
  for (const { text, start, end } of cases) {
    it(`covers ${text} from ${start} up to ${end}`, () => {
      expect(new Date(partialDateStart(text)).toISOString().slice(0, 10)).toBe(start);
      expect(new Date(partialDateEnd(text)).toISOString().slice(0, 10)).toBe(end);
    });
  }
  it('throws on text that is not a date, because callers pass validated dates only', () => {
    expect(() => partialDateStart('gestern')).toThrow(RangeError);
  });
});

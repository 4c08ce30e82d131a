import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  daysInMonth,
  isApproximateDate,
  isCalendarDate,
  isOpenEnd,
  isPartialDate,
  parsePartialDate,
  partialDateEnd,
  partialDateStart,
  rangeEndMs,
} from '../../../src-shared/partialDate';

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

/**
 * The regular-expression parser the scanner replaced (issue 7), kept here as the reference: the scanner must
 * accept, reject and compute exactly what it did.
 */
const reference = {
  parse(text: string): { year: number; month?: number; day?: number } | undefined {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    if (!match) return undefined;
    const year = Number(match[1]);
    if (match[2] === undefined) return { year };
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    if (match[3] === undefined) return { year, month };
    const day = Number(match[3]);
    if (day < 1 || day > reference.daysInMonth(year, month)) return undefined;
    return { year, month, day };
  },
  daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  },
  start(text: string): number | 'throws' {
    const date = reference.parse(text);
    return date ? Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) : 'throws';
  },
  end(text: string): number | 'throws' {
    const date = reference.parse(text);
    if (!date) return 'throws';
    if (date.month === undefined) return Date.UTC(date.year + 1, 0, 1);
    if (date.day === undefined) return Date.UTC(date.year, date.month, 1);
    return Date.UTC(date.year, date.month - 1, date.day + 1);
  },
};

const attempt = (f: () => number): number | 'throws' => {
  try {
    return f();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return 'throws';
  }
};

describe('the scanner agrees with the regular-expression parser', () => {
  const odd = [
    '', '1', '197', '19730', '1973-', '1973-1', '1973-1-1', '1973-01-1', '1973-001', '1973--01', '1973-01-', '1973/01/01',
    '1973.01.01', ' 1973', '1973 ', '1973\n', '\n1973', '+1973', '-1973', '1e73', '0x7b', '١٩٧٣', '１９７３', '19７3',
    '1973-0a', '1973-01-0a', '1973-01-01T00:00', '1973-01-01 ', 'abcd', 'abcd-ef-gh', '1973-13-01', '1973-00-10',
    '1973-12-00', '1973-12-32', '0000', '0000-01', '0000-02-29', '0004-02-29', '0099-02-29', '0100-02-29', '1900-02-29',
    '2000-02-29', '2100-02-29', '2400-02-29', '9999-12-31', '1973-04-31', '1973-06-31', '1973-09-31', '1973-11-31',
  ];
  const sweep: string[] = [];
  for (const year of ['0000', '0001', '0004', '0096', '0100', '1600', '1900', '1973', '1996', '2000', '2023', '2024', '2100', '9999']) {
    sweep.push(year);
    for (let month = 0; month <= 13; month += 1) {
      const mm = String(month).padStart(2, '0');
      sweep.push(`${year}-${mm}`);
      for (let day = 0; day <= 32; day += 1) sweep.push(`${year}-${mm}-${String(day).padStart(2, '0')}`);
    }
  }
  it.each(odd.map((text) => ({ text })))('$text', ({ text }) => {
    expect(parsePartialDate(text)).toEqual(reference.parse(text));
    expect(isCalendarDate(text)).toBe(reference.parse(text) !== undefined);
    expect(attempt(() => partialDateStart(text))).toBe(reference.start(text));
    expect(attempt(() => partialDateEnd(text))).toBe(reference.end(text));
  });
  it(`over ${sweep.length} year, month and day combinations`, () => {
    const outcome = (parse: unknown, start: number | 'throws', end: number | 'throws') => JSON.stringify({ parse, start, end });
    const mismatches = sweep.filter(
      (text) =>
        outcome(parsePartialDate(text), attempt(() => partialDateStart(text)), attempt(() => partialDateEnd(text))) !==
        outcome(reference.parse(text), reference.start(text), reference.end(text)),
    );
    expect(mismatches).toEqual([]);
    expect(sweep.filter((text) => isCalendarDate(text)).length).toBeGreaterThan(4000);
  });
  it('daysInMonth, including the years 0–99 that Date.UTC reads as 1900–1999 and inputs out of range', () => {
    const years = [0, 1, 4, 96, 99, 100, 400, 1600, 1700, 1900, 1973, 2000, 2024, 2100, 9999, 10000, -4, 2.5, 1e9];
    for (const year of years) {
      for (const month of [0, 1, 2, 3, 4, 6, 9, 11, 12, 13, -1, 1.5, Number.NaN]) {
        expect(daysInMonth(year, month), `${year}-${month}`).toEqual(reference.daysInMonth(year, month));
      }
    }
  });
});

describe('approximate dates (1966~) and the open end (..)', () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  it.each([
    { text: '1966~', parsed: { year: 1966, approximate: true }, start: '1966-01-01', end: '1967-01-01' },
    { text: '2007-12~', parsed: { year: 2007, month: 12, approximate: true }, start: '2007-12-01', end: '2008-01-01' },
    { text: '2014-09-30~', parsed: { year: 2014, month: 9, day: 30, approximate: true }, start: '2014-09-30', end: '2014-10-01' },
  ])('$text is read like its exact date, marked approximate', ({ text, parsed, start, end }) => {
    expect(parsePartialDate(text)).toEqual(parsed);
    expect(isPartialDate(text)).toBe(true);
    expect(isApproximateDate(text)).toBe(true);
    // The schema keeps exact-only fields exact with this.
    expect(isCalendarDate(text)).toBe(false);
    expect(day(partialDateStart(text))).toBe(start);
    expect(day(partialDateEnd(text))).toBe(end);
  });
  it.each(['~1966', '1966~~', '1966 ~', '2023-02-29~', '~', 'um 1966', '..1973', '1973..'])('%s is no date', (text) => {
    expect(isPartialDate(text)).toBe(false);
    expect(parsePartialDate(text)).toBeUndefined();
    expect(() => partialDateStart(text)).toThrow(RangeError);
  });
  it('an exact date is not approximate', () => {
    expect(isApproximateDate('1966')).toBe(false);
    expect(parsePartialDate('1966')).toEqual({ year: 1966 });
  });
  it('the open end is „..“ only and ends at the now passed in', () => {
    const now = Date.UTC(2026, 10, 29);
    expect(isOpenEnd('..')).toBe(true);
    expect(isOpenEnd('heute')).toBe(false);
    expect(isOpenEnd(undefined)).toBe(false);
    expect(isPartialDate('..')).toBe(false);
    expect(rangeEndMs('..', now)).toBe(now);
    expect(day(rangeEndMs('2023', now))).toBe('2024-01-01');
    expect(day(rangeEndMs('1973~', now))).toBe('1974-01-01');
  });
});

describe('comparePartialDates', () => {
  it('sorts by start; exact before approximate at the same start; the shorter span first', () => {
    const dates = ['1973', '1966~', '2023', '1973-05', '1966', '1972-12-31', '1973~', '1973-01'];
    expect([...dates].sort(comparePartialDates)).toEqual(['1966', '1966~', '1972-12-31', '1973-01', '1973', '1973~', '1973-05', '2023']);
  });
  it.each([
    { a: '1966~', b: '1966~', sign: 0 },
    { a: '1965', b: '1966~', sign: -1 },
    { a: '1967', b: '1966~', sign: 1 },
  ])('$a vs $b', ({ a, b, sign }) => expect(Math.sign(comparePartialDates(a, b))).toBe(sign));
});

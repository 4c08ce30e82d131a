import { describe, expect, it } from 'vitest';
import { cutToPrecision, dateObjectToSerial, parseDateText, precisionOf, readDateValue, serialToIso } from '../../../../src-main/spreadsheet/dateCells';

const accepts = (text: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text);
const acceptsApprox = (text: string) => /^\d{4}(-\d{2}(-\d{2})?)?~?$/.test(text) || text === '..';

describe('Excel serial numbers', () => {
  it.each([
    { serial: 1, date1904: false, expected: '1900-01-01' },
    { serial: 59, date1904: false, expected: '1900-02-28' },
    { serial: 60, date1904: false, expected: 'leap-1900' },
    { serial: 61, date1904: false, expected: '1900-03-01' },
    { serial: 26999, date1904: false, expected: '1973-12-01' },
    { serial: 26999.75, date1904: false, expected: '1973-12-01' },
    { serial: 0, date1904: true, expected: '1904-01-01' },
    { serial: 25537, date1904: true, expected: '1973-12-01' },
    { serial: 0, date1904: false, expected: undefined },
    { serial: -3, date1904: false, expected: undefined },
  ])('$serial (1904: $date1904) → $expected', ({ serial, date1904, expected }) => {
    expect(serialToIso(serial, date1904)).toBe(expected);
  });

  it('recovers the serial behind the Date exceljs makes, so the leap-year bug is corrected', () => {
    // exceljs converts serial 1 with a plain count: 1899-12-31. Excel means 1900-01-01.
    const exceljsDate = new Date(Math.round((1 - 25569) * 86_400_000));
    expect(serialToIso(dateObjectToSerial(exceljsDate, false), false)).toBe('1900-01-01');
    expect(readDateValue(exceljsDate, { date1904: false, accepts })).toEqual({ ok: true, value: '1900-01-01' });
  });
});

describe('date display formats', () => {
  it.each([
    { numFmt: 'yyyy', expected: 'year' },
    { numFmt: 'JJJJ', expected: 'year' },
    { numFmt: 'mm.yyyy', expected: 'month' },
    { numFmt: 'mmmm yyyy', expected: 'month' },
    { numFmt: 'dd.mm.yyyy', expected: 'day' },
    { numFmt: '[$-407]d. mmmm yyyy', expected: 'day' },
    { numFmt: 'yyyy h:mm', expected: 'year' },
    { numFmt: undefined, expected: 'day' },
  ])('$numFmt shows a $expected', ({ numFmt, expected }) => {
    expect(precisionOf(numFmt)).toBe(expected);
  });

  it('cuts a full date to what the cell shows', () => {
    expect(cutToPrecision('1973-05-12', 'year')).toBe('1973');
    expect(cutToPrecision('1973-05-12', 'month')).toBe('1973-05');
    const may1973 = new Date(Date.UTC(1973, 4, 12));
    expect(readDateValue(may1973, { date1904: false, numFmt: 'yyyy', accepts })).toEqual({ ok: true, value: '1973' });
    expect(readDateValue(may1973, { date1904: false, numFmt: 'mm.yyyy', accepts })).toEqual({ ok: true, value: '1973-05' });
  });
});

describe('dates typed as text', () => {
  it.each([
    ['1973', '1973'],
    ['05.1973', '1973-05'],
    ['5/1973', '1973-05'],
    ['12.05.1973', '1973-05-12'],
    ['12. 5. 1973', '1973-05-12'],
    ['12. Mai 1973', '1973-05-12'],
    ['Mai 1973', '1973-05'],
    ['März 2014', '2014-03'],
    ['Sept. 2001', '2001-09'],
    ['May 12, 1973', '1973-05-12'],
    ['12 December 1999', '1999-12-12'],
    ['1973-5-2', '1973-05-02'],
    ['1973/05/12', '1973-05-12'],
  ])('„%s“ → %s', (text, expected) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['31.02.2023', /gibt es im Kalender nicht/],
    ['12.05.73', /zweistellige Jahreszahl/],
    ['12/05/1973', /mehrdeutig/],
    ['irgendwann', /ist kein Datum/],
    ['13.1973', /gibt es im Kalender nicht/],
  ])('„%s“ is refused with a German reason', (text, reason) => {
    const reading = parseDateText(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message.de).toMatch(reason);
  });
});

describe('readDateValue', () => {
  it('takes whole numbers 1000–2999 as years and larger numbers as serials with a note', () => {
    expect(readDateValue(1973, { date1904: false, accepts })).toEqual({ ok: true, value: '1973' });
    const serial = readDateValue(26999, { date1904: false, accepts });
    expect(serial).toMatchObject({ ok: true, value: '1973-12-01' });
    expect(serial.ok && serial.note?.de).toMatch(/Excel-Datum/);
  });

  it('passes forms the schema accepts as they are and maps „um …“ / „bis heute“ only where the schema has them', () => {
    expect(readDateValue('1966~', { date1904: false, accepts: acceptsApprox })).toEqual({ ok: true, value: '1966~' });
    expect(readDateValue('um 1966', { date1904: false, accepts: acceptsApprox })).toEqual({ ok: true, value: '1966~' });
    expect(readDateValue('ca. 05.1966', { date1904: false, accepts: acceptsApprox })).toEqual({ ok: true, value: '1966-05~' });
    expect(readDateValue('bis heute', { date1904: false, accepts: acceptsApprox })).toEqual({ ok: true, value: '..' });
    const exactOnly = readDateValue('um 1966', { date1904: false, accepts });
    expect(exactOnly.ok).toBe(false);
    expect(readDateValue(true, { date1904: false, accepts }).ok).toBe(false);
  });
});

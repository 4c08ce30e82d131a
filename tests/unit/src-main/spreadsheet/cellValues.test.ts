import { describe, expect, it } from 'vitest';
import { cellText, fromExcelValue, joinList, parseNumberText, parseYesNo, splitList } from '../../../../src-main/spreadsheet/cellValues';
import { decodeCsv, detectDelimiter } from '../../../../src-main/spreadsheet/readCsv';
import { columnLetter, formatSheetProblem } from '../../../../src-main/spreadsheet/sheetProblem';
import { splitHeader, normaliseName } from '../../../../src-main/spreadsheet/sheetTable';

describe('numbers typed as text', () => {
  it.each([
    ['50,87', 50.87],
    ['50.87', 50.87],
    [' -8,02 ', -8.02],
    ['−8,02', -8.02],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['51,9°', 51.9],
    ['7', 7],
  ])('„%s“ → %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
  it.each(['', 'abc', '50,87 N', '1.2.3', '—'])('„%s“ is no number', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
});

describe('cells', () => {
  it.each([
    ['Ja', true],
    ['nein', false],
    ['x', true],
    ['WAHR', true],
    ['falsch', false],
    [1, true],
    [0, false],
    [true, true],
    ['vielleicht', undefined],
  ] as const)('yes/no %s → %s', (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it('splits lists at commas, or only at semicolons when there are any', () => {
    expect(splitList('a, b ,c,')).toEqual(['a', 'b', 'c']);
    expect(splitList('Jugend, Kultur; Umwelt')).toEqual(['Jugend, Kultur', 'Umwelt']);
    expect(joinList(['a', 'b'])).toBe('a, b');
    expect(splitList(joinList(['Jugend, Kultur', 'Umwelt']))).toEqual(['Jugend, Kultur', 'Umwelt']);
  });

  it('reads exceljs values: cached formula results, rich text, links, errors, formulas without a value', () => {
    expect(fromExcelValue({ formula: 'A1*2', result: 1973 })).toEqual({ value: 1973 });
    expect(fromExcelValue({ sharedFormula: 'B2', result: 'Thale' })).toEqual({ value: 'Thale' });
    expect(fromExcelValue({ richText: [{ text: 'Emek ' }, { text: 'Hefer' }] })).toEqual({ value: 'Emek Hefer' });
    expect(fromExcelValue({ text: 'Webseite', hyperlink: 'https://example.org' })).toEqual({ value: 'Webseite' });
    expect(fromExcelValue('  zwei\r\nZeilen\u00a0 ')).toEqual({ value: 'zwei\nZeilen' });
    expect(fromExcelValue('   ')).toEqual({});
    expect(fromExcelValue({ error: '#NV' }).problem?.de).toMatch(/Fehlerwert #NV/);
    expect(fromExcelValue({ formula: 'SUMME(A1:A3)' }).problem?.de).toMatch(/keinen gespeicherten Wert/);
    expect(cellText(50.870000000000005)).toBe('50.87');
  });

  it('names columns and problems as Excel shows them', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(formatSheetProblem({ severity: 'error', code: 'x', sheet: 'Ereignisse', row: 5, column: 'B', header: 'Datum', message: { de: 'falsch', en: 'wrong' } })).toBe(
      'Blatt „Ereignisse“, Zeile 5, Spalte B (Datum): falsch',
    );
    expect(splitHeader('Titel (en)')).toEqual({ name: 'Titel', lang: 'en' });
    expect(splitHeader('Titel [DE]')).toEqual({ name: 'Titel', lang: 'de' });
    expect(normaliseName(' Länge ')).toBe(normaliseName('laenge'));
  });
});

describe('CSV decoding', () => {
  it('reads UTF-8 with BOM, Windows-1252 and UTF-16, and finds the separator', () => {
    expect(decodeCsv(Buffer.from('\ufeffLänge;Breite', 'utf8'))).toEqual({ text: 'Länge;Breite', encoding: 'utf-8' });
    expect(decodeCsv(Buffer.from([0x4c, 0xe4, 0x6e, 0x67, 0x65, 0x3b, 0x80]))).toEqual({ text: 'Länge;€', encoding: 'windows-1252' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jahr\tTitel', 'utf16le')]))).toEqual({ text: 'Jahr\tTitel', encoding: 'utf-16le' });
    expect(detectDelimiter('Kennung;Name;Land\n')).toEqual({ delimiter: ';', skipFirstLine: false });
    expect(detectDelimiter('Year,Month,"Headline; with semicolon"\n')).toEqual({ delimiter: ',', skipFirstLine: false });
    expect(detectDelimiter('sep=;\nKennung;Name')).toEqual({ delimiter: ';', skipFirstLine: true });
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblemGroups, summaryLine } from '../../../../../src-main/content/validation/reportText';
import { describeField, type Problem } from '../../../../../src-main/content/validation/problem';

const problem = (severity: Problem['severity'], file: string | undefined, line?: number): Problem => ({
  severity,
  code: 'syntax',
  ...(file === undefined ? {} : { file }),
  ...(line === undefined ? {} : { line, column: 3 }),
  field: line === undefined ? undefined : 'title',
  message: { de: 'Text', en: 'text' },
});

describe('summaryLine', () => {
  it.each([
    { problems: [], lang: 'de' as const, expected: '0 Fehler, 0 Hinweise – das Paket kann geladen werden' },
    { problems: [problem('warning', 'a')], lang: 'de' as const, expected: '0 Fehler, 1 Hinweis – das Paket kann geladen werden' },
    { problems: [problem('error', 'a'), problem('error', 'a'), problem('warning', 'b'), problem('warning', 'b'), problem('warning', 'b')], lang: 'de' as const, expected: '2 Fehler, 3 Hinweise – das Paket kann so nicht geladen werden' },
    { problems: [problem('error', 'a')], lang: 'en' as const, expected: '1 error, 0 warnings – the bundle cannot be loaded like this' },
  ])('$expected', ({ problems, lang, expected }) => expect(summaryLine(problems, lang)).toBe(expected));
});

describe('formatProblemGroups', () => {
  it('groups by file and shows line and column in words (not 4:3, which reads like a time) and the field', () => {
    expect(formatProblemGroups([problem('error', 'bundle.yaml', 4), problem('warning', 'bilder/a.jpg'), problem('error', undefined)], 'de')).toEqual([
      'bundle.yaml',
      '  Fehler  Zeile 4, Spalte 3, Feld title: Text',
      'bilder/a.jpg',
      '  Hinweis Text',
      '(Paket)',
      '  Fehler  Text',
    ]);
  });
});

describe('describeField', () => {
  const items = { events: ['ankunft-1973', undefined], partners: ['emek-hefer'] };
  it.each([
    { field: 'events[0].date', lang: 'de', expected: 'Ereignis „ankunft-1973“, Feld date (events[0].date)' },
    { field: 'events[0].date', lang: 'en', expected: 'event "ankunft-1973", field date (events[0].date)' },
    { field: 'partners[0]', lang: 'de', expected: 'Partner „emek-hefer“ (partners[0])' },
    { field: 'events[1].date', lang: 'de', expected: 'Feld events[1].date' },
    { field: 'events[7].title.de', lang: 'de', expected: 'Feld events[7].title.de' },
    { field: 'title', lang: 'de', expected: 'Feld title' },
  ] as const)('$field in $lang', ({ field, lang, expected }) => {
    expect(describeField(field, lang, items)).toBe(expected);
  });
});

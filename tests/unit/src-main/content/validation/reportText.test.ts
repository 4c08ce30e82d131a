import { describe, expect, it } from 'vitest';
import { formatProblemGroups, summaryLine } from '../../../../../src-main/content/validation/reportText';
import type { Problem } from '../../../../../src-main/content/validation/problem';

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
  it('groups by file and shows line:column and field', () => {
    expect(formatProblemGroups([problem('error', 'bundle.yaml', 4), problem('warning', 'bilder/a.jpg'), problem('error', undefined)], 'de')).toEqual([
      'bundle.yaml',
      '  Fehler  4:3 title: Text',
      'bilder/a.jpg',
      '  Hinweis Text',
      '(Paket)',
      '  Fehler  Text',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatFieldPath, formatProblem, sortProblems, type Problem } from '../../../../../src-main/content/validation/problem';

describe('formatFieldPath', () => {
  it.each([
    { path: [], expected: '' },
    { path: ['events', 3, 'date'], expected: 'events[3].date' },
    { path: ['home', 'location', 'lat'], expected: 'home.location.lat' },
    { path: ['title', 'de'], expected: 'title.de' },
    { path: ['images', 0, 'weird key'], expected: 'images[0]["weird key"]' },
  ])('$expected', ({ path, expected }) => expect(formatFieldPath(path)).toBe(expected));
});

describe('formatProblem', () => {
  const base: Problem = {
    severity: 'error',
    code: 'invalid-date',
    file: 'bundle.yaml',
    line: 42,
    column: 9,
    field: 'events[3].date',
    message: { de: '„31.02.2023“ ist kein gültiges Datum', en: '"31.02.2023" is not a valid date' },
  };
  it.each([
    { name: 'full', problem: base, lang: 'de' as const, expected: 'bundle.yaml, Zeile 42, Spalte 9, Feld events[3].date: „31.02.2023“ ist kein gültiges Datum' },
    { name: 'english', problem: base, lang: 'en' as const, expected: 'bundle.yaml, line 42, column 9, field events[3].date: "31.02.2023" is not a valid date' },
    { name: 'no column', problem: { ...base, column: undefined }, lang: 'de' as const, expected: 'bundle.yaml, Zeile 42, Feld events[3].date: „31.02.2023“ ist kein gültiges Datum' },
    { name: 'file only', problem: { ...base, line: undefined, field: undefined }, lang: 'de' as const, expected: 'bundle.yaml: „31.02.2023“ ist kein gültiges Datum' },
    { name: 'nothing', problem: { ...base, file: undefined, line: undefined, field: undefined }, lang: 'de' as const, expected: '„31.02.2023“ ist kein gültiges Datum' },
    {
      name: 'with the entry named by its id',
      problem: base,
      lang: 'de' as const,
      items: { events: ['a', 'b', 'c', 'ankunft-1973'] },
      expected: 'bundle.yaml, Zeile 42, Spalte 9, Ereignis „ankunft-1973“, Feld date (events[3].date): „31.02.2023“ ist kein gültiges Datum',
    },
  ])('$name', ({ problem, lang, items, expected }) => expect(formatProblem(problem, lang, items)).toBe(expected));
});

describe('sortProblems', () => {
  it('puts errors first, then orders by file and line, keeping the found order otherwise', () => {
    const p = (severity: Problem['severity'], file: string, line: number, de: string): Problem => ({ severity, code: 'syntax', file, line, message: { de, en: de } });
    const sorted = sortProblems([p('warning', 'a', 1, 'w'), p('error', 'b', 5, 'e2'), p('error', 'b', 2, 'e1'), p('error', 'b', 2, 'e1b')]);
    expect(sorted.map((x) => x.message.de)).toEqual(['e1', 'e1b', 'e2', 'w']);
  });
});

import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { languageFindings, markupFindings } from '../../../../../src-main/content/validation/textChecks';
import { formatFieldPath } from '../../../../../src-main/content/validation/problem';
import { validManifest } from '../../../../support/bundleBuilder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;
const fields = (findings: { path: readonly PropertyKey[]; code: string }[]) => findings.map((f) => `${f.code} ${formatFieldPath(f.path)}`);

describe('markupFindings', () => {
  it.each([
    { text: 'Ein ganz normaler Text.\n\nZweiter *Absatz* mit Betonung.', flagged: false },
    { text: 'Preise 5 < 7 und 9 > 3', flagged: false },
    { text: 'Hallo <script>alert(1)</script>', flagged: true },
    { text: '<img src=x onerror=alert(1)>', flagged: true },
    { text: 'Link: javascript:alert(1)', flagged: true },
    { text: 'Ein <b>fetter</b> Text', flagged: true },
    { text: 'Ein **fetter** Text', flagged: true },
    { text: 'Siehe [hier](https://example.org)', flagged: true },
    { text: '# Überschrift', flagged: true },
    { text: 'Nur ein * Stern', flagged: true },
  ])('$text → $flagged', ({ text, flagged }) => {
    const findings = markupFindings({ events: [{ title: text }] });
    expect(findings.length > 0).toBe(flagged);
    if (flagged) expect(findings[0]).toMatchObject({ severity: 'warning', code: 'text-markup', path: ['events', 0, 'title'] });
  });

  it('ignores editorial notes and sources, which visitors never see', () => {
    expect(markupFindings({ notes: ['<b>intern</b>'], sources: [{ title: '<i>x</i>' }] })).toEqual([]);
  });
});

describe('languageFindings', () => {
  const run = (change: (m: Manifest) => void) => {
    const data = validManifest() as Manifest;
    change(data);
    return fields(languageFindings(bundleManifest.parse(data)));
  };
  it.each([
    { name: 'German only', change: () => {}, expected: [] },
    { name: 'German missing from the list', change: (m: Manifest) => (m.languages = ['en']), expected: ['german-required languages', 'language-unused languages[0]'] },
    { name: 'offered but never written', change: (m: Manifest) => (m.languages = ['de', 'en']), expected: ['language-unused languages[1]'] },
    {
      name: 'written but not offered',
      change: (m: Manifest) => (m.events[0].title = { de: 'Gründung', he: 'ייסוד' }),
      expected: ['language-not-listed events[0].title.he'],
    },
    {
      name: 'offered with gaps',
      change: (m: Manifest) => {
        m.languages = ['de', 'en'];
        m.title = { de: 'Testpaket', en: 'Test bundle' };
        m.events[0].title = { de: 'Gründung' };
      },
      expected: ['translation-missing events[0].title'],
    },
    {
      name: 'plain strings serve every language (names, places)',
      change: (m: Manifest) => {
        m.languages = ['de', 'en'];
        m.title = { de: 'Testpaket', en: 'Test bundle' };
      },
      expected: [],
    },
    { name: 'listed twice', change: (m: Manifest) => (m.languages = ['de', 'de']), expected: ['invalid-value languages[1]'] },
  ])('$name', ({ change, expected }) => expect(run(change)).toEqual(expected));
});

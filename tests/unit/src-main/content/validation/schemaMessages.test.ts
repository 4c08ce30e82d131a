import { describe, expect, it } from 'vitest';
import { bundleManifest } from '../../../../../src-shared/bundleSchema';
import { parseManifestText } from '../../../../../src-main/content/validation/manifestSource';
import { isoFromGermanDate, qualifiedDateHint, schemaProblems, slugify, wrongTypeMessage } from '../../../../../src-main/content/validation/schemaMessages';
import { stringify } from 'yaml';
import { validManifest } from '../../../../support/bundleBuilder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;

function problemsFor(change: (m: Manifest) => void) {
  const data = validManifest() as Manifest;
  change(data);
  const text = stringify(data);
  const { manifest } = parseManifestText('bundle.yaml', text);
  const result = bundleManifest.safeParse(manifest!.data);
  if (result.success) return { problems: [], lines: [] as string[] };
  return { problems: schemaProblems(result.error.issues, manifest!), lines: text.split('\n') };
}

describe('schemaProblems', () => {
  it.each([
    { name: 'schema version', change: (m: Manifest) => (m.schema = 3), code: 'schema-version', field: 'schema', de: /Schema-Version „3“ wird .* nicht unterstützt/, en: /schema version "3" is not supported/ },
    { name: 'missing schema', change: (m: Manifest) => delete m.schema, code: 'schema-version', field: 'schema', de: /„schema: 1“/, en: /"schema: 1"/ },
    { name: 'German date', change: (m: Manifest) => (m.events[0].date = '08.10.1973'), code: 'invalid-date', field: 'events[0].date', de: /meinten Sie 1973-10-08\?/, en: /did you mean 1973-10-08\?/ },
    { name: 'impossible date', change: (m: Manifest) => (m.events[0].date = '1973-02-30'), code: 'invalid-date', field: 'events[0].date', de: /„1973-02-30“ ist kein gültiges Datum – erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT$/, en: /YYYY-MM-DD$/ },
    { name: 'approximate date in words', change: (m: Manifest) => (m.events[0].date = 'um 1966'), code: 'invalid-date', field: 'events[0].date', de: /meinten Sie 1966~\?/, en: /did you mean 1966~\?/ },
    { name: 'open end in words', change: (m: Manifest) => (m.events[1].end = 'bis heute'), code: 'invalid-date', field: 'events[1].end', de: /meinten Sie \.\.\?/, en: /did you mean \.\.\?/ },
    { name: 'approximate where only exact dates are allowed', change: (m: Manifest) => (m.partners[0].since = '1973~'), code: 'invalid-date', field: 'partners[0].since', de: /ungefähres Datum \(mit ~\) ist hier nicht erlaubt/, en: /approximate date \(with ~\) is not allowed here/ },
    { name: 'open end where a date is needed', change: (m: Manifest) => (m.eras[0].to = '..'), code: 'invalid-date', field: 'eras[0].to', de: /„\.\.“ ist kein gültiges Datum/, en: /not a valid date/ },
    { name: 'source address without scheme', change: (m: Manifest) => (m.sources = [{ title: 'Webseite', url: 'www.kreis.de' }]), code: 'invalid-url', field: 'sources[0].url', de: /keine Internetadresse – erwartet http:\/\/ oder https:\/\//, en: /not a web address/ },
    { name: 'boolean date', change: (m: Manifest) => (m.partners[0].since = true), code: 'invalid-date', field: 'partners[0].since', de: /„true“ ist kein gültiges Datum/, en: /not a valid date/ },
    { name: 'unknown key with hint', change: (m: Manifest) => (m.partners[0].colour = '#ffffff'), code: 'unknown-key', field: 'partners[0].colour', de: /meinten Sie ‚color‘\?/, en: /did you mean 'color'\?/ },
    { name: 'unknown key without hint', change: (m: Manifest) => (m.xyzzy = 1), code: 'unknown-key', field: 'xyzzy', de: /bitte löschen oder umbenennen \(erlaubt: schema, id/, en: /please delete or rename/ },
    { name: 'German field name', change: (m: Manifest) => { m.events[0].datum = m.events[0].date; delete m.events[0].date; }, code: 'unknown-key', field: 'events[0].datum', de: /meinten Sie ‚date‘\?/, en: /did you mean 'date'/ },
    { name: 'missing field', change: (m: Manifest) => delete m.images[0].file, code: 'missing-field', field: 'images[0].file', de: /Pflichtfeld ‚file‘ fehlt/, en: /required field 'file' is missing/ },
    { name: 'missing localized field', change: (m: Manifest) => delete m.events[1].title, code: 'missing-field', field: 'events[1].title', de: /Pflichtfeld ‚title‘ fehlt/, en: /required field 'title'/ },
    { name: 'number as text', change: (m: Manifest) => (m.partners[0].name = 42), code: 'wrong-type', field: 'partners[0].name', de: /„42“ ist kein Text/, en: /"42" is not text/ },
    { name: 'bad language key in text', change: (m: Manifest) => (m.title = { de: 'Titel', EN: 'Title' }), code: 'language-code', field: 'title.EN', de: /kein Sprachkürzel/, en: /not a language code/ },
    { name: 'German missing in text map', change: (m: Manifest) => (m.title = { en: 'Title' }), code: 'german-required', field: 'title', de: /deutscher Text fehlt/, en: /German text is missing/ },
    { name: 'invalid id with suggestion', change: (m: Manifest) => (m.partners[0].id = 'Tillabéri Region'), code: 'invalid-id', field: 'partners[0].id', de: /etwa „tillaberi-region“/, en: /such as "tillaberi-region"/ },
    { name: 'lower-case country', change: (m: Manifest) => (m.partners[0].country = 'il'), code: 'country-code', field: 'partners[0].country', de: /etwa IL$/, en: /such as IL$/ },
    { name: 'empty collection', change: (m: Manifest) => (m.collections[0].images = []), code: 'too-small', field: 'collections[0].images', de: /mindestens 1/, en: /at least 1/ },
    { name: 'longitude too small', change: (m: Manifest) => (m.home.location.lon = -200), code: 'too-small', field: 'home.location.lon', de: /kleinster erlaubter Wert: -180/, en: /smallest allowed value: -180/ },
    { name: 'list instead of text', change: (m: Manifest) => (m.images[0].credit = ['a']), code: 'wrong-type', field: 'images[0].credit', de: /ist eine Liste .* – erwartet ein Text/, en: /is a list .* – expected a text/ },
  ])('$name', ({ change, code, field, de, en }) => {
    const { problems, lines } = problemsFor(change);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toMatchObject({ severity: 'error', code, file: 'bundle.yaml' });
    expect(problem!.message.de).toMatch(de);
    expect(problem!.message.en).toMatch(en);
    expect(problem!.line).toBeGreaterThan(0);
    expect(lines[problem!.line! - 1]).toBeDefined();
  });

  it('points an unknown key at the key itself', () => {
    const { problems, lines } = problemsFor((m) => (m.images[1].captoin = 'x'));
    expect(lines[problems[0]!.line! - 1]!.slice(problems[0]!.column! - 1)).toMatch(/^captoin:/);
  });
});

describe('qualifiedDateHint', () => {
  it.each([
    { input: 'um 1966', expected: '1966~' },
    { input: 'ca. 1966-05', expected: '1966-05~' },
    { input: 'etwa 1966', expected: '1966~' },
    { input: 'around 1966', expected: '1966~' },
    { input: 'bis heute', expected: '..' },
    { input: 'heute', expected: '..' },
    { input: 'um 1966-13', expected: undefined },
    { input: 'vor 1973', expected: undefined },
    { input: 1966, expected: undefined },
  ])('$input → $expected', ({ input, expected }) => expect(qualifiedDateHint(input)).toBe(expected));
});

describe('helpers', () => {
  it.each([
    { input: '31.12.2023', expected: '2023-12-31' },
    { input: '1.5.1990', expected: '1990-05-01' },
    { input: '05.1990', expected: '1990-05' },
    { input: '5/1990', expected: '1990-05' },
    { input: '31.02.2023', expected: undefined },
    { input: '2023-12-31', expected: undefined },
    { input: 1973, expected: undefined },
  ])('isoFromGermanDate($input) = $expected', ({ input, expected }) => expect(isoFromGermanDate(input)).toBe(expected));

  it.each([
    { input: 'Emek Hefer', expected: 'emek-hefer' },
    { input: 'Köln-Süd', expected: 'koeln-sued' },
    { input: 'Tillabéri', expected: 'tillaberi' },
    { input: '  Iași  ', expected: 'iasi' },
    { input: 'Straße 1', expected: 'strasse-1' },
  ])('slugify($input) = $expected', ({ input, expected }) => expect(slugify(input)).toBe(expected));

  it.each([
    { expected: 'string', value: 5, de: '„5“ ist eine Zahl – erwartet ein Text' },
    { expected: 'boolean', value: 'ja', de: '„ja“ ist ein Text – erwartet „true“ oder „false“' },
    { expected: 'array', value: 'de', de: '„de“ ist ein Text – erwartet eine Liste (Zeilen mit „- “)' },
  ])('wrongTypeMessage($expected, $value)', ({ expected, value, de }) => expect(wrongTypeMessage(expected, value).de).toBe(de));
});

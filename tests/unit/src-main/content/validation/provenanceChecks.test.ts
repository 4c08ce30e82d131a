import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifest } from '../../../../../src-shared/bundleSchema';
import { formatFieldPath } from '../../../../../src-main/content/validation/problem';
import { sourceFindings, themeFindings } from '../../../../../src-main/content/validation/provenanceChecks';
import { validateBundle } from '../../../../../src-main/content/validation/validateBundle';
import { validManifest, writeFiles, writeValidBundle } from '../../../../support/bundleBuilder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;

function withSources(change: (m: Manifest) => void): Manifest {
  const data = validManifest() as Manifest;
  data.sources = [{ id: 'chronik', title: 'Chronik des Kreises', asOf: '2012~' }];
  data.events[0].source = 'chronik';
  data.partners[0].source = 'chronik';
  change(data);
  return data;
}
const parse = (data: Manifest): BundleManifest => bundleManifest.parse(data);
const fields = (findings: { path: readonly PropertyKey[]; code: string; severity: string }[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${formatFieldPath(f.path)}`);

describe('sourceFindings', () => {
  it.each([
    { name: 'references that name a source', change: () => {}, expected: [] },
    { name: 'event names an unknown source', change: (m: Manifest) => (m.events[1].source = 'zeitung'), expected: ['error dangling-reference events[1].source'] },
    { name: 'partner names an unknown source', change: (m: Manifest) => (m.partners[1].source = 'chronk'), expected: ['error dangling-reference partners[1].source'] },
    { name: 'a source without id cannot be named', change: (m: Manifest) => delete m.sources[0].id, expected: ['error dangling-reference events[0].source', 'error dangling-reference partners[0].source'] },
    { name: 'two sources with one id', change: (m: Manifest) => m.sources.push({ id: 'chronik', title: 'Zweite' }), expected: ['error duplicate-id sources[1].id'] },
  ])('$name', ({ change, expected }) => expect(fields(sourceFindings(parse(withSources(change))))).toEqual(expected));

  it('suggests the id that was probably meant, in German and English', () => {
    const [finding] = sourceFindings(parse(withSources((m) => (m.events[1].source = 'chronk'))));
    expect(finding!.message.de).toBe('Quelle „chronk“ gibt es nicht in sources – meinten Sie „chronik“?');
    expect(finding!.message.en).toBe('source "chronk" does not exist in sources – did you mean "chronik"?');
  });
  it('names the known ids when nothing is close', () => {
    const [finding] = sourceFindings(parse(withSources((m) => (m.events[1].source = 'zeitungsarchiv'))));
    expect(finding!.message.de).toContain('(vorhanden: chronik)');
  });
});

describe('themeFindings', () => {
  const themed = (change: (m: Manifest) => void) =>
    parse(
      withSources((m) => {
        m.themes = [{ id: 'Jugend', label: { de: 'Jugend', en: 'Youth' } }];
        m.events[0].themes = ['Jugend'];
        change(m);
      }),
    );
  it.each([
    { name: 'listed themes', change: () => {}, expected: [] },
    { name: 'a theme not listed is a warning (not translated)', change: (m: Manifest) => (m.events[1].themes = ['Jugnd', 'Kultur']), expected: ['warning dangling-reference events[1].themes[0]', 'warning dangling-reference events[1].themes[1]'] },
    { name: 'a theme listed twice', change: (m: Manifest) => m.themes.push({ id: 'Jugend', label: 'Jugend' }), expected: ['error duplicate-id themes[1].id'] },
  ])('$name', ({ change, expected }) => expect(fields(themeFindings(themed(change)))).toEqual(expected));
  it('without a themes list, free themes are fine', () => {
    expect(themeFindings(parse(withSources((m) => (m.events[0].themes = ['Irgendwas']))))).toEqual([]);
  });
});

describe('source files in a real bundle folder', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const codes = (report: Awaited<ReturnType<typeof validateBundle>>) => report.problems.map((p) => `${p.code} ${p.field ?? p.file ?? ''}`);

  it('a copy that exists is used (no unused-file warning), a missing one is an error with its line', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'provenance-'));
    await writeValidBundle(dir, withSources((m) => (m.sources[0].file = 'quellen/chronik.txt')));
    await writeFiles(dir, { 'quellen/chronik.txt': 'Abschrift der Chronik' });
    const good = await validateBundle(dir);
    expect(codes(good)).toEqual([]);
    await good.dispose();

    await writeValidBundle(dir, withSources((m) => (m.sources[0].file = 'quellen/fehlt.txt')));
    const bad = await validateBundle(dir);
    const problem = bad.problems.find((p) => p.code === 'source-missing');
    expect(problem).toMatchObject({ severity: 'error', file: 'bundle.yaml', field: 'sources[0].file' });
    expect(problem!.line).toBeGreaterThan(0);
    expect(problem!.message.de).toBe('Quelldatei „quellen/fehlt.txt“ fehlt im Paket – bitte die Abschrift der Quelle dort ablegen oder ‚file‘ löschen');
    await bad.dispose();
  });

  it('a path out of the bundle or a link out of it is refused', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'provenance-'));
    await writeValidBundle(dir, withSources((m) => (m.sources[0].file = '../quelle.txt')));
    const outside = await validateBundle(dir);
    expect(codes(outside)).toContain('path-outside sources[0].file');
    await outside.dispose();

    await writeValidBundle(dir, withSources((m) => (m.sources[0].file = 'quellen/link.txt')));
    await writeFiles(dir, { 'quellen/.keep': '' });
    await symlink('/etc/hostname', path.join(dir, 'quellen/link.txt'));
    const linked = await validateBundle(dir);
    expect(codes(linked)).toContain('source-missing sources[0].file');
    await linked.dispose();
  });
});

import { mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openContentLibrary, type ContentLibrary } from '../../../../src-main/library/contentLibrary';
import { steppingClock, validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';
import { seededRandom } from '../../../support/seededRandom';
import { makeTempDir } from '../../../support/tempDir';

/** A library with three activations: `alt` (kept), `vorher` (previous) and `jetzt` (active). */
interface Fixture {
  libraryDir: string;
  names: { alt: string; vorher: string; jetzt: string };
}

describe('recover', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let library: ContentLibrary;
  let fixture: Fixture;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-recover-'));
    library = openContentLibrary(path.join(dir, 'daten'), { now: steppingClock(), random: seededRandom(3) });
    const names: string[] = [];
    for (const id of ['alt', 'vorher', 'jetzt']) {
      const source = path.join(dir, id);
      await writeTestBundle(source, { id });
      const result = await library.activate(source, { validate: validateWithLoadBundle });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      names.push(result.version.name);
    }
    fixture = { libraryDir: library.layout.libraryDir, names: { alt: names[0]!, vorher: names[1]!, jetzt: names[2]! } };
  });
  afterEach(() => cleanup());

  const pointerFile = (): string => path.join(fixture.libraryDir, 'active.json');
  const versionFile = (name: string, file: string): string => path.join(fixture.libraryDir, 'versions', name, file);

  const cases: { name: string; damage: () => Promise<void>; expected: keyof Fixture['names'] | null; repaired: boolean; note?: RegExp }[] = [
    { name: 'an intact library', damage: async () => undefined, expected: 'jetzt', repaired: false },
    { name: 'a missing pointer', damage: () => rm(pointerFile()), expected: 'jetzt', repaired: true },
    { name: 'a pointer that is not JSON', damage: () => writeFile(pointerFile(), '{"format": 1, "act'), expected: 'jetzt', repaired: true, note: /active\.json\) ist beschädigt/ },
    {
      name: 'a pointer to a missing version',
      damage: async () => rm(path.join(fixture.libraryDir, 'versions', fixture.names.jetzt), { recursive: true }),
      expected: 'vorher',
      repaired: true,
    },
    {
      name: 'a truncated file in the active version',
      damage: () => truncate(versionFile(fixture.names.jetzt, 'bundle/bilder/00/datei-0.bin'), 10),
      expected: 'vorher',
      repaired: true,
      note: /unvollständig oder beschädigt: bilder\/00\/datei-0\.bin: Größe 10 Bytes statt 2000/,
    },
    {
      name: 'a damaged integrity manifest in the active version',
      damage: () => writeFile(versionFile(fixture.names.jetzt, 'integrity.json'), '[]'),
      expected: 'vorher',
      repaired: true,
      note: /integrity\.json ist beschädigt/,
    },
    {
      name: 'active and previous both damaged',
      damage: async () => {
        await rm(versionFile(fixture.names.jetzt, 'integrity.json'));
        await rm(versionFile(fixture.names.vorher, 'bundle/bundle.yaml'));
      },
      expected: 'alt',
      repaired: true,
    },
    {
      name: 'every version damaged',
      damage: async () => {
        for (const name of Object.values(fixture.names)) await rm(versionFile(name, 'bundle/bundle.yaml'));
      },
      expected: null,
      repaired: false,
      note: /mitgelieferte Ausstellung/,
    },
    {
      name: 'a missing versions folder',
      damage: () => rm(path.join(fixture.libraryDir, 'versions'), { recursive: true }),
      expected: null,
      repaired: false,
    },
  ];

  it.each(cases)('falls back correctly for $name', async ({ damage, expected, repaired, note }) => {
    await damage();
    const report = await library.recover();
    const expectedName = expected === null ? null : fixture.names[expected];
    expect(report.active).toBe(expectedName);
    expect(report.useBuiltInDefault).toBe(expected === null);
    expect(report.bundleDir).toBe(expectedName === null ? null : path.join(fixture.libraryDir, 'versions', expectedName, 'bundle'));
    expect(report.repaired).toBe(repaired);
    if (note) expect(report.notes.map((n) => n.de).join('\n')).toMatch(note);
    // After recovery the pointer and status agree with the report, and a second recovery changes nothing.
    if (expected !== null) expect(await library.activeBundleDir()).toBe(report.bundleDir);
    const again = await library.recover();
    expect([again.active, again.repaired]).toEqual([expectedName, false]);
    if (expectedName !== null) expect((await library.status()).active?.name).toBe(expectedName);
  });

  it('removes staging folders, trash, temporary pointers and set-aside locks, and keeps the show', async () => {
    const { libraryDir } = fixture;
    await mkdir(path.join(libraryDir, 'staging', 'k3x9a1b2', 'bundle'), { recursive: true });
    await writeFile(path.join(libraryDir, 'staging', 'k3x9a1b2', 'bundle', 'halb.bin'), 'halb');
    await mkdir(path.join(libraryDir, 'trash', 'alt-xyz'), { recursive: true });
    await writeFile(path.join(libraryDir, 'active.json.tmp-abcd1234'), '{"format":1');
    await writeFile(path.join(libraryDir, 'lock.stale-abcd1234'), '{}');
    const pointer = await readFile(pointerFile(), 'utf8');
    const report = await library.recover();
    expect(report.removed.sort()).toEqual(['active.json.tmp-abcd1234', 'lock.stale-abcd1234', 'staging/k3x9a1b2', 'trash/alt-xyz']);
    expect(report.active).toBe(fixture.names.jetzt);
    expect(await readFile(pointerFile(), 'utf8')).toBe(pointer);
    expect((await readdir(libraryDir)).sort()).toEqual(['active.json', 'staging', 'trash', 'versions']);
  });

  it('finds damage hidden from the quick check when asked for a full check', async () => {
    const file = versionFile(fixture.names.jetzt, 'bundle/bilder/00/datei-0.bin');
    const bytes = await readFile(file);
    bytes[0] = bytes[0]! ^ 1;
    await writeFile(file, bytes);
    expect((await library.recover()).active).toBe(fixture.names.jetzt);
    expect((await library.recover({ verify: 'full' })).active).toBe(fixture.names.vorher);
  });

  it('a version recorded as damaged by a full check fails every later check, the quick one at start-up too', async () => {
    const file = versionFile(fixture.names.jetzt, 'bundle/bilder/00/datei-0.bin');
    const bytes = await readFile(file);
    bytes[0] = bytes[0]! ^ 1;
    await writeFile(file, bytes);
    const found = await library.verifyVersion(fixture.names.jetzt);
    expect(found.problems.map((problem) => problem.de)).toEqual(['bilder/00/datei-0.bin: Inhalt verändert (Prüfsumme falsch)']);
    await library.recordDamage(fixture.names.jetzt, found.problems);
    const report = await library.recover();
    expect([report.active, report.repaired]).toEqual([fixture.names.vorher, true]);
    expect(report.notes[0]?.de).toBe(`Version „${fixture.names.jetzt}“ ist unvollständig oder beschädigt: bilder/00/datei-0.bin: Inhalt verändert (Prüfsumme falsch)`);
    // Repaired and the record kept: no later start chooses the damaged version again, nor does a rollback.
    expect((await library.recover()).active).toBe(fixture.names.vorher);
    expect(await library.verifyVersion(fixture.names.jetzt)).toEqual({ ok: false, problems: found.problems });
  });

  it('passes over the versions it is told to avoid, with the note it is given', async () => {
    const note = { de: 'Version fällt aus', en: 'version fails' };
    const report = await library.recover({ avoid: new Map([[fixture.names.jetzt, note]]) });
    expect([report.active, report.repaired]).toEqual([fixture.names.vorher, true]);
    expect(report.notes[0]).toEqual(note);
  });

  it('only reads while another live process holds the lock', async () => {
    await rm(pointerFile());
    await mkdir(path.join(fixture.libraryDir, 'staging', 'laufend'), { recursive: true });
    const owner = { pid: process.ppid, host: hostname(), token: 'fremd', since: new Date().toISOString() };
    await writeFile(path.join(fixture.libraryDir, 'lock'), JSON.stringify(owner));
    const report = await library.recover();
    expect(report.active).toBe(fixture.names.jetzt);
    expect(report.repaired).toBe(false);
    expect(report.notes[0]?.de).toMatch(/anderen Vorgang geändert \(Prozess \d+/);
    expect(await readdir(path.join(fixture.libraryDir, 'staging'))).toEqual(['laufend']);
  });

  it('never throws, even when the data folder is a file', async () => {
    const file = path.join(dir, 'datei-statt-ordner');
    await writeFile(file, 'x');
    const report = await openContentLibrary(file).recover();
    expect(report).toMatchObject({ active: null, useBuiltInDefault: true });
    expect(report.notes.length).toBeGreaterThan(0);
  });
});

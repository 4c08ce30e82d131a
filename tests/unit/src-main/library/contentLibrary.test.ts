import { readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIVATION_STEPS, LibraryError, openContentLibrary, type ActivationStep, type ContentLibrary } from '../../../../src-main/library/contentLibrary';
import { snapshotTree, steppingClock, validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';
import { seededRandom } from '../../../support/seededRandom';
import { makeTempDir } from '../../../support/tempDir';

describe('content library', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let library: ContentLibrary;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-library-'));
    dataDir = path.join(dir, 'daten');
    library = openContentLibrary(dataDir, { now: steppingClock(), random: seededRandom(7) });
  });
  afterEach(() => cleanup());

  async function bundle(id: string, extra: Parameters<typeof writeTestBundle>[1] = { id }): Promise<string> {
    const folder = path.join(dir, 'quellen', id);
    await writeTestBundle(folder, { ...extra, id });
    return folder;
  }

  it('starts empty: no active version, and recovery asks for the built-in default', async () => {
    const status = await library.status();
    expect(status.active).toBeNull();
    expect(status.versions).toEqual([]);
    expect(status.pointerProblem?.de).toContain('noch kein Paket aktiviert');
    expect(await library.activeBundleDir()).toBeNull();
    const recovery = await library.recover();
    expect(recovery).toMatchObject({ active: null, bundleDir: null, useBuiltInDefault: true, repaired: false });
  });

  it('activates a bundle: exact copy, integrity manifest, status, and the source untouched', async () => {
    const source = await bundle('emek-hefer', { id: 'emek-hefer', title: 'Fünfzig Jahre', version: '1.2', files: 12 });
    const before = await snapshotTree(source);
    const result = await library.activate(source, { validate: validateWithLoadBundle });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toMatchObject({ bundleId: 'emek-hefer', title: 'Fünfzig Jahre', versionLabel: '1.2', fileCount: 13 });
    expect(result.version.name).toMatch(/^20250301-10\d{4}-emek-hefer-[0-9a-z]{4}$/);
    expect(result.previous).toBeNull();

    const bundleDir = await library.activeBundleDir();
    expect(bundleDir).toBe(path.join(dataDir, 'library', 'versions', result.version.name, 'bundle'));
    const copied = await snapshotTree(bundleDir!);
    const hashesOf = (snapshot: Record<string, string>): string[] =>
      Object.entries(snapshot).filter(([key]) => !key.endsWith('/')).map(([key, value]) => `${key} ${value.split(' ').at(-1)}`);
    expect(hashesOf(copied)).toEqual(hashesOf(before));
    expect(await snapshotTree(source)).toEqual(before);

    const status = await library.status({ verify: true });
    expect(status.active?.name).toBe(result.version.name);
    expect(status.activatedAt).toBe(result.version.installedAt);
    expect(status.active?.source).toBe(path.resolve(source));
    expect(status.versions).toHaveLength(1);
    expect(status.versions[0]).toMatchObject({ role: 'active', integrity: { ok: true, problems: [] } });
    expect(await readdir(path.join(dataDir, 'library', 'staging'))).toEqual([]);
  });

  it('refuses invalid content with the validator\'s problems and changes nothing', async () => {
    const good = await bundle('gut');
    const first = await library.activate(good, { validate: validateWithLoadBundle });
    const pointerBefore = await readFile(path.join(dataDir, 'library', 'active.json'), 'utf8');
    const broken = await bundle('kaputt');
    await writeFile(path.join(broken, 'bundle.yaml'), 'schema: 1\nid: Kaputt\n');
    const before = await snapshotTree(broken);
    const result = await library.activate(broken, { validate: validateWithLoadBundle });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join('\n')).toMatch(/bundle\.yaml, Zeile 2, Spalte 5, Feld id: „Kaputt“ ist keine gültige Kennung/);
    expect(await readFile(path.join(dataDir, 'library', 'active.json'), 'utf8')).toBe(pointerBefore);
    expect((await library.status()).versions.map((v) => v.name)).toEqual([first.ok ? first.version.name : '']);
    expect(await readdir(path.join(dataDir, 'library', 'staging'))).toEqual([]);
    expect(await snapshotTree(broken)).toEqual(before);
  });

  it('keeps the previous version; rollback switches back and a second rollback forth again', async () => {
    const first = await library.activate(await bundle('eins'), { validate: validateWithLoadBundle });
    const second = await library.activate(await bundle('zwei'), { validate: validateWithLoadBundle });
    if (!first.ok || !second.ok) throw new Error('activation failed');
    expect(second.previous).toBe(first.version.name);

    const back = await library.rollback();
    expect(back.active.name).toBe(first.version.name);
    expect(back.previous).toBe(second.version.name);
    let status = await library.status();
    expect([status.active?.bundleId, status.previous?.bundleId]).toEqual(['eins', 'zwei']);

    await library.rollback();
    status = await library.status();
    expect([status.active?.bundleId, status.previous?.bundleId]).toEqual(['zwei', 'eins']);
  });

  it('prunes the oldest versions after the switch, never the active or previous one', async () => {
    const names: string[] = [];
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      const result = await library.activate(await bundle(id), { validate: validateWithLoadBundle });
      if (!result.ok) throw new Error('activation failed');
      names.push(result.version.name);
      if (id === 'a4') expect(result.pruned).toEqual([names[0]]);
    }
    const status = await library.status();
    expect(status.versions.map((v) => [v.name, v.role])).toEqual([
      [names[4], 'active'],
      [names[3], 'previous'],
      [names[2], 'kept'],
    ]);
    expect(await readdir(path.join(dataDir, 'library', 'trash'))).toEqual([]);
  });

  it('verify finds a tampered file of the same size, a missing file and an extra file', async () => {
    const result = await library.activate(await bundle('echt'), { validate: validateWithLoadBundle });
    if (!result.ok) throw new Error('activation failed');
    const bundleDir = (await library.activeBundleDir())!;
    const target = path.join(bundleDir, 'bilder', '00', 'datei-0.bin');
    const bytes = await readFile(target);
    bytes[10] = bytes[10]! ^ 0xff;
    await writeFile(target, bytes);
    await writeFile(path.join(bundleDir, 'fremd.html'), '<script>');
    await rm(path.join(bundleDir, 'bilder', '01', 'datei-1.bin'));
    const status = await library.status({ verify: true });
    const problems = status.versions[0]?.integrity?.problems.map((p) => p.de) ?? [];
    expect(status.versions[0]?.integrity?.ok).toBe(false);
    expect(problems).toEqual([
      'bilder/00/datei-0.bin: Inhalt verändert (Prüfsumme falsch)',
      'bilder/01/datei-1.bin: Datei fehlt',
      'fremd.html: Datei gehört nicht zur Version',
    ]);
  });

  it('copies links inside the bundle as files and refuses links that leave it', async () => {
    const source = await bundle('links');
    await symlink(path.join(source, 'bilder', '00', 'datei-0.bin'), path.join(source, 'verweis.bin'));
    const ok = await library.activate(source, { validate: validateWithLoadBundle });
    expect(ok.ok).toBe(true);
    const copied = await readFile(path.join((await library.activeBundleDir())!, 'verweis.bin'));
    expect(copied.equals(await readFile(path.join(source, 'bilder', '00', 'datei-0.bin')))).toBe(true);

    await writeFile(path.join(dir, 'geheim.txt'), 'GEHEIM');
    await symlink(path.join(dir, 'geheim.txt'), path.join(source, 'draussen.txt'));
    const refused = library.activate(source, { validate: validateWithLoadBundle });
    await expect(refused).rejects.toMatchObject({ code: 'unsupported-entry' });
    await expect(refused).rejects.toThrow(/draussen\.txt“ verweist aus dem Paket hinaus/);
  });

  it.each([
    { name: 'a missing folder', make: async () => path.join(dir, 'gibt-es-nicht'), code: 'source-missing' },
    {
      name: 'a file instead of a folder',
      make: async () => {
        const file = path.join(dir, 'paket.txt');
        await writeFile(file, 'x');
        return file;
      },
      code: 'source-not-folder',
    },
    { name: 'a folder that holds the library itself', make: async () => dir, code: 'source-overlaps' },
    { name: 'a folder inside the library', make: async () => path.join(dataDir, 'library', 'versions'), code: 'source-overlaps' },
  ])('reports $name as an error, not as invalid content', async ({ make, code }) => {
    const error = await library.activate(await make(), { validate: validateWithLoadBundle }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe(code);
  });

  it('passes every named step in order', async () => {
    const steps: ActivationStep[] = [];
    const result = await library.activate(await bundle('schritte'), { validate: validateWithLoadBundle, onStep: (step) => void steps.push(step) });
    expect(result.ok).toBe(true);
    expect(steps).toEqual([...ACTIVATION_STEPS]);
  });

  it('stops and keeps the old show when the source changes after it was checked', async () => {
    const first = await library.activate(await bundle('vorher'), { validate: validateWithLoadBundle });
    const source = await bundle('wackelig', { id: 'wackelig', files: 30 });
    const error = await library
      .activate(source, {
        validate: async (folder) => {
          const check = await validateWithLoadBundle(folder);
          // A curator still copying files into the folder while the activation runs.
          await writeFile(path.join(folder, 'bilder', '09', 'datei-29.bin'), 'neu und kürzer');
          return check;
        },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'source-changed' });
    expect((error as LibraryError).message).toContain('„bilder/09/datei-29.bin“ hat sich während der Übernahme geändert');
    expect((await library.status()).active?.name).toBe(first.ok ? first.version.name : '');
    expect(await readdir(path.join(dataDir, 'library', 'staging'))).toEqual([]);
    expect(await readdir(path.join(dataDir, 'library', 'versions'))).toHaveLength(1);
  });

  it('refuses a rollback without a previous version and leaves the pointer alone', async () => {
    await expect(library.rollback()).rejects.toMatchObject({ code: 'no-active' });
    await library.activate(await bundle('allein'), { validate: validateWithLoadBundle });
    const pointer = await readFile(path.join(dataDir, 'library', 'active.json'), 'utf8');
    await expect(library.rollback()).rejects.toMatchObject({ code: 'no-previous' });
    expect(await readFile(path.join(dataDir, 'library', 'active.json'), 'utf8')).toBe(pointer);
  });

  it('lets only one of two simultaneous activations run; the other is told the library is busy', async () => {
    const [one, two] = [await bundle('erste', { id: 'erste', files: 40 }), await bundle('zweite', { id: 'zweite', files: 40 })];
    const results = await Promise.allSettled([
      library.activate(one, { validate: validateWithLoadBundle }),
      library.activate(two, { validate: validateWithLoadBundle }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: 'busy' });
    expect((await library.status({ verify: true })).versions.map((v) => v.integrity?.ok)).toEqual([true]);
  });
});

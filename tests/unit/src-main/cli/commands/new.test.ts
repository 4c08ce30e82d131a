import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { starterBundleId } from '../../../../../src-main/cli/commands/new';
import { validateBundle } from '../../../../../src-main/content/validation/validateBundle';
import { snapshotTree } from '../../../../support/libraryBundles';
import { captureIo } from '../../../../support/libraryCliIo';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const newBundle = (args: string[], io: CommandIo): Promise<number> => runContentCli(['new', ...args], io);

describe('content new', () => {
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-cli-new-'));
  });
  afterEach(() => cleanup());

  it('writes a commented starter bundle with a real placeholder image that passes the full check', async () => {
    const folder = path.join(dir, 'Kreis Süd-Ost');
    const io = captureIo();
    expect(await newBundle([folder], io)).toBe(0);
    // The only hints are the starter content itself, pointing at what the curator replaces (issue 16 point 6).
    expect(io.stdout).toContain('0 Fehler, 3 Hinweise – das Paket kann geladen werden');
    expect((await readdir(folder)).sort()).toEqual(['bilder', 'bundle.yaml']);

    const text = await readFile(path.join(folder, 'bundle.yaml'), 'utf8');
    const manifest = parse(text) as Partial<Record<string, unknown[]>> & { id: string };
    expect(manifest.id).toBe('kreis-sued-ost');
    for (const list of ['partners', 'events', 'images', 'collections', 'eras']) expect(manifest[list]).toHaveLength(1);
    // Every top-level field is explained by a German comment right above it.
    for (const field of ['schema', 'id', 'version', 'title', 'subtitle', 'intro', 'home', 'languages', 'partners', 'events', 'images', 'collections', 'eras', 'sources', 'notes']) {
      expect(text).toMatch(new RegExp(`# [^\\n]+\\n${field}:`));
    }

    const image = await sharp(path.join(folder, 'bilder', 'beispielbild.jpg')).metadata();
    expect([image.format, image.width, image.height]).toEqual(['jpeg', 1920, 1280]);
    expect(image.exif?.toString('latin1')).toContain('Platzhalter');
    expect((manifest.images?.[0] as { placeholder: boolean } | undefined)?.placeholder).toBe(true);

    const report = await validateBundle(folder);
    expect(report.problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['starter-content', 'home.name'],
      ['starter-content', 'partners[0].id'],
      ['starter-content', 'images[0].id'],
    ]);
    expect(report.ok).toBe(true);
  });

  it('writes into an existing empty folder', async () => {
    const folder = path.join(dir, 'leer');
    await mkdir(folder);
    expect(await newBundle([folder, '--lang', 'en'], captureIo())).toBe(0);
    expect(await readdir(folder)).toContain('bundle.yaml');
  });

  const refusals = [
    {
      name: 'a folder that is not empty',
      prepare: async () => {
        const folder = path.join(dir, 'voll');
        await mkdir(folder);
        await writeFile(path.join(folder, 'bundle.yaml'), 'schema: 1\n# meine Arbeit\n');
        return [folder];
      },
      says: /ist nicht leer\. Damit nichts überschrieben wird/,
    },
    {
      name: 'a file',
      prepare: async () => {
        await writeFile(path.join(dir, 'datei'), 'x');
        return [path.join(dir, 'datei')];
      },
      says: /ist eine Datei, kein Ordner/,
    },
    { name: 'no folder', prepare: async () => [], says: /Aufruf: npm run content -- new <ordner>/ },
    { name: 'two folders', prepare: async () => [path.join(dir, 'a'), path.join(dir, 'b')], says: /Aufruf/ },
    { name: 'an unknown language', prepare: async () => [path.join(dir, 'a'), '--lang', 'fr'], says: /Aufruf/ },
  ];

  it.each(refusals)('refuses $name with exit 2 and writes nothing', async ({ prepare, says }) => {
    const args = await prepare();
    const before = await snapshotTree(dir);
    const io = captureIo();
    expect(await newBundle(args, io)).toBe(2);
    expect(io.all()).toMatch(says);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it.each([
    { folder: 'mein-kreis', id: 'mein-kreis' },
    { folder: 'Kreis Süd-Ost', id: 'kreis-sued-ost' },
    { folder: 'Größe & Maß 2025', id: 'groesse-mass-2025' },
    { folder: 'Città di Élan', id: 'citta-di-elan' },
    { folder: '___', id: 'mein-paket' },
    { folder: 'Ägäis', id: 'aegaeis' },
  ])('derives the bundle id $id from the folder name $folder', ({ folder, id }) => {
    expect(starterBundleId(folder)).toBe(id);
  });
});

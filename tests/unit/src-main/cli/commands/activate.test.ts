import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { openContentLibrary } from '../../../../../src-main/library/contentLibrary';
import { makeZip, validManifest, writeValidBundle } from '../../../../support/bundleBuilder';
import { snapshotTree } from '../../../../support/libraryBundles';
import { captureIo } from '../../../../support/libraryCliIo';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const activate = (args: string[], io: CommandIo): Promise<number> => runContentCli(['activate', ...args], io);

describe('content activate', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let good: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-cli-activate-'));
    dataDir = path.join(dir, 'daten');
    await mkdir(dataDir);
    good = path.join(dir, 'gut');
    await writeValidBundle(good);
  });
  afterEach(() => cleanup());

  it('activates a valid folder, says so in German, and leaves the source as it was', async () => {
    const before = await snapshotTree(good);
    const io = captureIo();
    expect(await activate([good, '--data-dir', dataDir], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Aktiviert: „Testpaket“(, Version [\w.]+)? – 3 Dateien, .* KB, geprüft\. Der Kiosk zeigt es jetzt\.$/);
    expect(io.all()).not.toMatch(/Activated/);
    const status = await openContentLibrary(dataDir).status({ verify: true });
    expect(status.active).toMatchObject({ bundleId: 'test-paket', source: good, fileCount: 3 });
    expect(status.versions[0]?.integrity?.ok).toBe(true);
    expect(await snapshotTree(good)).toEqual(before);

    const again = captureIo();
    expect(await activate([good, '--data-dir', dataDir, '--lang', 'en'], again)).toBe(0);
    expect(again.all()).not.toMatch(/Aktiviert|vorherige/);
    expect(again.all()).toContain(`The previous version is kept; to return to it: npm run content -- rollback --lang en --data-dir ${dataDir}`);
  });

  it('activates a .zip and records the zip as the source', async () => {
    const zipFile = path.join(dir, 'paket.zip');
    await writeFile(zipFile, await makeZip([
      { name: 'bundle.yaml', data: await readFile(path.join(good, 'bundle.yaml')) },
      { name: 'bilder/a.jpg', data: await readFile(path.join(good, 'bilder', 'a.jpg')) },
      { name: 'bilder/b.png', data: await readFile(path.join(good, 'bilder', 'b.png')) },
    ]));
    const io = captureIo();
    expect(await activate([zipFile, '--data-dir', dataDir, '--lang', 'de'], io)).toBe(0);
    const status = await openContentLibrary(dataDir).status();
    expect(status.active).toMatchObject({ bundleId: 'test-paket', source: zipFile, fileCount: 3 });
  });

  const refusals: { name: string; prepare: () => Promise<string[]>; code: number; says: RegExp }[] = [
    {
      name: 'a manifest with an impossible date',
      prepare: async () => {
        const manifest = validManifest();
        (manifest.events as { date: string }[])[0]!.date = '2023-02-31';
        await writeValidBundle(good, manifest);
        return [good];
      },
      code: 1,
      says: /bundle\.yaml[\s\S]*events\[0\]\.date[\s\S]*Nicht aktiviert/,
    },
    {
      name: 'a missing image',
      prepare: async () => {
        await rm(path.join(good, 'bilder', 'b.png'));
        return [good];
      },
      code: 1,
      says: /bilder\/b\.png[\s\S]*Die laufende Ausstellung bleibt unverändert/,
    },
    { name: 'a path that does not exist', prepare: async () => [path.join(dir, 'fehlt')], code: 2, says: /gibt es nicht/ },
    {
      name: 'a file that is not a zip',
      prepare: async () => {
        await writeFile(path.join(dir, 'notiz.txt'), 'hallo');
        return [path.join(dir, 'notiz.txt')];
      },
      code: 2,
      says: /weder ein Ordner noch eine ZIP-Datei/,
    },
    { name: 'no folder at all', prepare: async () => [], code: 2, says: /genau einen Ordner[\s\S]*Aufruf: npm run content -- activate/ },
    { name: 'an unknown option', prepare: async () => [good, '--schnell'], code: 2, says: /Unbekannte Angabe --schnell\.\nAufruf: npm run content -- activate/ },
    { name: '--data-dir without a value', prepare: async () => [good, '--data-dir'], code: 2, says: /Bei --data-dir fehlt der Wert oder passt nicht\./ },
  ];

  it.each(refusals)('refuses $name with exit $code and changes nothing', async ({ prepare, code, says }) => {
    const args = await prepare();
    const io = captureIo();
    expect(await activate([...args, '--data-dir', dataDir], io)).toBe(code);
    expect(io.all()).toMatch(says);
    const versions = await readdir(path.join(dataDir, 'library', 'versions')).catch(() => []);
    expect(versions).toEqual([]);
  });

  it('refuses while another process changes the library', async () => {
    await mkdir(path.join(dataDir, 'library'), { recursive: true });
    await writeFile(
      path.join(dataDir, 'library', 'lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), token: 'fremd', since: '2025-03-01T10:00:00.000Z' }),
    );
    const io = captureIo();
    expect(await activate([good, '--data-dir', dataDir], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/wird gerade von einem anderen Vorgang geändert \(Prozess \d+/);
    expect(io.stderr).toContain('Die laufende Ausstellung bleibt unverändert.');
  });
});

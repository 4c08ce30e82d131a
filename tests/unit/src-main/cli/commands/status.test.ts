import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as status } from '../../../../../src-main/cli/commands/status';
import { openContentLibrary } from '../../../../../src-main/library/contentLibrary';
import { steppingClock, validateWithLoadBundle, writeTestBundle } from '../../../../support/libraryBundles';
import { captureIo } from '../../../../support/libraryCliIo';
import { seededRandom } from '../../../../support/seededRandom';
import { makeTempDir } from '../../../../support/tempDir';

describe('content status', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-cli-status-'));
    dataDir = path.join(dir, 'daten');
  });
  afterEach(() => cleanup());

  async function install(...ids: string[]): Promise<string[]> {
    const library = openContentLibrary(dataDir, { now: steppingClock('2025-03-01T10:00:00.000Z'), random: seededRandom(5) });
    const names: string[] = [];
    for (const id of ids) {
      const source = path.join(dir, id);
      await writeTestBundle(source, { id, title: `Ausstellung ${id}`, version: '2.0', files: 3, fileBytes: 1_000 });
      const result = await library.activate(source, { validate: validateWithLoadBundle });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      names.push(result.version.name);
    }
    return names;
  }

  it('says that nothing is active in an empty library', async () => {
    const io = captureIo();
    expect(await status(['--data-dir', dataDir, '--lang', 'de'], io)).toBe(0);
    expect(io.stdout).toEqual([
      `Datenordner: ${dataDir}`,
      'Es ist noch kein Paket aktiviert (active.json fehlt).',
      'Der Kiosk zeigt die mitgelieferte Ausstellung (bis „recover“ beim Start eine gute Version findet).',
      'Keine vorherige Version.',
      'Installierte Versionen: 0',
    ]);
  });

  it('lists the active, previous and kept versions with title, label, size, time and source', async () => {
    const [first, second] = await install('eins', 'zwei');
    const io = captureIo();
    expect(await status(['--data-dir', dataDir, '--lang', 'de'], io)).toBe(0);
    expect(io.stdout).toEqual([
      `Datenordner: ${dataDir}`,
      `Aktiv seit 2025-03-01 10:01 UTC: ${second}`,
      `  „Ausstellung zwei“ (zwei 2.0), 4 Dateien, 3,0 KB, installiert 2025-03-01 10:01 UTC aus ${path.join(dir, 'zwei')}`,
      `Vorherige Version (für „rollback“): ${first}`,
      'Installierte Versionen: 2',
      `  ${second} [aktiv]`,
      `    „Ausstellung zwei“ (zwei 2.0), 4 Dateien, 3,0 KB, installiert 2025-03-01 10:01 UTC aus ${path.join(dir, 'zwei')}`,
      `  ${first} [vorherige]`,
      `    „Ausstellung eins“ (eins 2.0), 4 Dateien, 3,0 KB, installiert 2025-03-01 10:00 UTC aus ${path.join(dir, 'eins')}`,
    ]);
  });

  it('prints German then English by default, and English alone with --lang en', async () => {
    await install('eins');
    const both = captureIo();
    await status(['--data-dir', dataDir], both);
    expect(both.stdout.slice(0, 2)).toEqual([`Datenordner: ${dataDir}`, `Data folder: ${dataDir}`]);
    const english = captureIo();
    await status(['--data-dir', dataDir, '--lang', 'en'], english);
    expect(english.all()).toMatch(/^Data folder: .*\nActive since 2025-03-01 10:00 UTC: /);
    expect(english.all()).not.toMatch(/Datenordner|Aktiv/);
  });

  it('--verify re-reads every file and exits 1 when a version was changed on disk', async () => {
    const [, second] = await install('eins', 'zwei');
    const clean = captureIo();
    expect(await status(['--data-dir', dataDir, '--verify', '--lang', 'de'], clean)).toBe(0);
    expect(clean.stdout.filter((line) => line.includes('Prüfung: alle Dateien unverändert'))).toHaveLength(2);

    const file = path.join(dataDir, 'library', 'versions', second!, 'bundle', 'bundle.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Ausstellung', 'Ausstellunk'));
    const damaged = captureIo();
    expect(await status(['--data-dir', dataDir, '--verify', '--lang', 'de'], damaged)).toBe(1);
    expect(damaged.stdout).toContain('    Prüfung: 1 Problem(e)');
    expect(damaged.stdout).toContain('      bundle.yaml: Inhalt verändert (Prüfsumme falsch)');
  });

  it.each([
    { args: ['überflüssig'], says: /Unerwartete Angabe: überflüssig/ },
    { args: ['--lang', 'fr'], says: /erlaubt sind de und en/ },
    { args: ['--verify=ja'], says: /Unbekannte oder unvollständige Angabe/ },
  ])('exits 2 for $args', async ({ args, says }) => {
    const io = captureIo();
    expect(await status([...args, '--data-dir', dataDir], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(says);
  });
});

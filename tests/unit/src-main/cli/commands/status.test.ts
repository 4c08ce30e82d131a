import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { openContentLibrary } from '../../../../../src-main/library/contentLibrary';
import { steppingClock, validateWithLoadBundle, writeTestBundle } from '../../../../support/libraryBundles';
import { captureIo } from '../../../../support/libraryCliIo';
import { seededRandom } from '../../../../support/seededRandom';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const status = (args: string[], io: CommandIo): Promise<number> => runContentCli(['status', ...args], io);

// Local times in the expectations are Berlin's; Node reads TZ again when it changes.
process.env.TZ = 'Europe/Berlin';

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

  it('an empty data folder is not a library: exit 2 and the command that makes one', async () => {
    await mkdir(dataDir, { recursive: true });
    const io = captureIo();
    expect(await status(['--data-dir', dataDir], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(`In „${dataDir}“ liegt keine Paket-Bibliothek des Kiosks.`);
    expect(io.stderr.join('\n')).toContain(`npm run content -- activate <ordner|datei.zip> --data-dir ${dataDir}`);
  });

  it('a mistyped data folder is an error, not "nothing activated"', async () => {
    const io = captureIo();
    expect(await status(['--data-dir', `${dataDir}-tippfehler`], io)).toBe(2);
    expect(io.stderr).toEqual([`Den Datenordner „${dataDir}-tippfehler“ gibt es nicht. Bitte den Pfad prüfen (Tippfehler?).`]);
  });

  it('says what is on screen with the version label and local time, and a rollback command that works when pasted', async () => {
    const [first, second] = await install('eins', 'zwei');
    const io = captureIo();
    expect(await status(['--data-dir', dataDir], io)).toBe(0);
    expect(io.stdout).toEqual([
      'Auf dem Bildschirm: „Ausstellung zwei“, Version 2.0 – seit 01.03.2025, 11:01 Uhr',
      `Zurück zu „Ausstellung eins“, Version 2.0: npm run content -- rollback --data-dir ${dataDir}`,
      `Datenordner: ${dataDir}`,
      'Installiert: 2 Versionen',
      `  [wird gezeigt] „Ausstellung zwei“, Version 2.0 (Kennung zwei), 4 Dateien, 3,1 KB, übernommen am 01.03.2025, 11:01 Uhr aus ${path.join(dir, 'zwei')}`,
      `    Ordner: ${second}`,
      `  [vorherige] „Ausstellung eins“, Version 2.0 (Kennung eins), 4 Dateien, 3,1 KB, übernommen am 01.03.2025, 11:00 Uhr aus ${path.join(dir, 'eins')}`,
      `    Ordner: ${first}`,
    ]);
    expect(io.all()).not.toMatch(/UTC|recover/);
  });

  it('speaks German only by default and English only with --lang en', async () => {
    await install('eins');
    const german = captureIo();
    await status(['--data-dir', dataDir], german);
    expect(german.all()).not.toMatch(/Data folder|On screen/);
    const english = captureIo();
    await status(['--data-dir', dataDir, '--lang', 'en'], english);
    expect(english.all()).toMatch(/^On screen: "Ausstellung eins", version 2\.0 – since 1 Mar 2025, 11:00\n/);
    expect(english.all()).not.toMatch(/Datenordner|Bildschirm/);
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
    expect(damaged.stdout).toContain('    Prüfung: 1 Problem');
    expect(damaged.stdout).toContain('      bundle.yaml: Inhalt verändert (Prüfsumme falsch)');
  });

  it.each([
    { args: ['überflüssig'], says: /Unerwartete Angabe: überflüssig/ },
    { args: ['--lang', 'fr'], says: /erlaubt sind de und en/ },
    { args: ['--verify=ja'], says: /Bei --verify fehlt der Wert oder passt nicht/ },
  ])('exits 2 for $args', async ({ args, says }) => {
    const io = captureIo();
    expect(await status([...args, '--data-dir', dataDir], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(says);
  });
});

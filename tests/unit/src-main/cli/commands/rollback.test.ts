import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { openContentLibrary, type ContentLibrary } from '../../../../../src-main/library/contentLibrary';
import { steppingClock, validateWithLoadBundle, writeTestBundle } from '../../../../support/libraryBundles';
import { captureIo } from '../../../../support/libraryCliIo';
import { seededRandom } from '../../../../support/seededRandom';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const rollback = (args: string[], io: CommandIo): Promise<number> => runContentCli(['rollback', ...args], io);

describe('content rollback', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let library: ContentLibrary;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-cli-rollback-'));
    dataDir = path.join(dir, 'daten');
    library = openContentLibrary(dataDir, { now: steppingClock(), random: seededRandom(11) });
  });
  afterEach(() => cleanup());

  async function install(...ids: string[]): Promise<string[]> {
    const names: string[] = [];
    for (const id of ids) {
      const source = path.join(dir, id);
      await writeTestBundle(source, { id, title: `Ausstellung ${id}` });
      const result = await library.activate(source, { validate: validateWithLoadBundle });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      names.push(result.version.name);
    }
    return names;
  }

  it('switches to the previous version and back again', async () => {
    const [first, second] = await install('eins', 'zwei');
    const io = captureIo();
    expect(await rollback(['--data-dir', dataDir], io)).toBe(0);
    expect(io.stdout).toEqual([
      'Zurückgeschaltet: Gezeigt wird wieder „Ausstellung eins“.',
      `„Ausstellung zwei“ bleibt erhalten; wieder dorthin: npm run content -- rollback --data-dir ${dataDir}`,
    ]);
    expect((await library.status()).active?.name).toBe(first);
    const english = captureIo();
    expect(await rollback(['--data-dir', dataDir, '--lang', 'en'], english)).toBe(0);
    expect(english.stdout).toEqual([
      'Rolled back: showing "Ausstellung zwei" again.',
      `"Ausstellung eins" is kept; to return to it: npm run content -- rollback --lang en --data-dir ${dataDir}`,
    ]);
    expect((await library.status()).active?.name).toBe(second);
  });

  it.each([
    { name: 'a data folder that is not there (typo)', ids: [] as string[], damage: false, code: 2, says: /Den Datenordner „.*“ gibt es nicht\. Bitte den Pfad prüfen/ },
    { name: 'a single version', ids: ['eins'], damage: false, code: 2, says: /keine vorherige Version/ },
    { name: 'a damaged previous version', ids: ['eins', 'zwei'], damage: true, code: 1, says: /ist beschädigt und wird nicht aktiviert: bundle\.yaml: Datei fehlt/ },
  ])('refuses with $name (exit $code) and keeps the active version', async ({ ids, damage, code, says }) => {
    const names = await install(...ids);
    if (damage) await rm(path.join(dataDir, 'library', 'versions', names[0]!, 'bundle', 'bundle.yaml'));
    const io = captureIo();
    expect(await rollback(['--data-dir', dataDir, '--lang', 'de'], io)).toBe(code);
    expect(io.stderr.join('\n')).toMatch(says);
    expect((await library.status()).active?.name ?? null).toBe(names.at(-1) ?? null);
  });

  it('exits 2 for an unexpected argument', async () => {
    const io = captureIo();
    expect(await rollback(['jetzt', '--data-dir', dataDir], io)).toBe(2);
    expect(io.stderr[0]).toBe('Unerwartete Angabe: jetzt');
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { snapshotTree, validManifest, writeValidBundle } from '../../../../support/bundleBuilder';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const run = (args: string[], io: CommandIo): Promise<number> => runContentCli(['check', ...args], io);

async function check(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('content check', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let valid: string;
  let broken: string;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('kiosk-check-'));
    valid = path.join(root, 'gut');
    await writeValidBundle(valid);
    broken = path.join(root, 'kaputt');
    const m = validManifest() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
    m.events[1].date = '31.02.2023';
    m.partners[0].colour = '#ffffff';
    delete m.images[0].alt;
    await writeValidBundle(broken, m);
    await writeFile(path.join(broken, 'liesmich.txt'), 'x');
  });
  afterAll(() => cleanup());

  it('exits 0 for a valid bundle with a German summary', async () => {
    const { code, out } = await check([valid]);
    expect(code).toBe(0);
    expect(out).toEqual(['0 Fehler, 0 Hinweise – das Paket kann geladen werden', `Ansehen, ohne etwas zu ändern: npm run content -- preview ${valid}`]);
  });

  it('exits 1 and prints problems grouped by file with line, field and a summary', async () => {
    const before = await snapshotTree(broken);
    const { code, out } = await check([broken]);
    expect(code).toBe(1);
    expect(out[0]).toBe('bundle.yaml');
    expect(out).toContainEqual(expect.stringMatching(/^ {2}Fehler {2}Zeile \d+, Spalte \d+, Ereignis „[\w-]+“, Feld date \(events\[1\]\.date\): „31\.02\.2023“ ist kein gültiges Datum – erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT/));
    expect(out).toContainEqual(expect.stringMatching(/^ {2}Fehler {2}Zeile \d+, Spalte \d+, Partner „[\w-]+“, Feld colour \(partners\[0\]\.colour\): unbekanntes Feld ‚colour‘ – meinten Sie ‚color‘\?$/));
    expect(out.at(-1)).toBe('2 Fehler, 0 Hinweise – das Paket kann so nicht geladen werden');
    expect(await snapshotTree(broken)).toEqual(before);
  });

  it('speaks English with --lang en', async () => {
    const { code, out } = await check([broken, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/error {3}line \d+, column \d+, event "[\w-]+", field date \(events\[1\]\.date\): "31\.02\.2023" is not a valid date/));
    expect(out.at(-1)).toBe('2 errors, 0 warnings – the bundle cannot be loaded like this');
  });

  it('prints machine-readable problems with --json', async () => {
    const { code, out } = await check([broken, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out.join('\n'));
    expect(json).toMatchObject({ ok: false, errors: 2, warnings: 0 });
    expect(json.problems[0]).toMatchObject({ severity: 'error', file: 'bundle.yaml', field: expect.any(String), line: expect.any(Number), messages: { de: expect.any(String), en: expect.any(String) } });
  });

  it('reports warnings once the errors are gone, and still exits 0', async () => {
    const dir = path.join(root, 'hinweise');
    const m = validManifest() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
    delete m.images[0].alt;
    await writeValidBundle(dir, m);
    const { code, out } = await check([dir]);
    expect(code).toBe(0);
    expect(out.at(-2)).toBe('0 Fehler, 1 Hinweis – das Paket kann geladen werden');
  });

  it.each([
    { name: 'no argument', args: [] },
    { name: 'two sources', args: ['a', 'b'] },
    { name: 'unknown language', args: ['a', '--lang', 'fr'] },
    { name: 'unknown option', args: ['a', '--laut'] },
  ])('exits 2 for usage errors: $name', async ({ args }) => {
    const { code, err } = await check(args);
    expect(code).toBe(2);
    expect(err.at(-1)).toMatch(/^Aufruf: npm run content -- check /);
  });

  it('exits 2 when the source cannot be read', async () => {
    await mkdir(path.join(root, 'leer'), { recursive: true });
    expect((await check([path.join(root, 'fehlt')])).code).toBe(2);
  });
});

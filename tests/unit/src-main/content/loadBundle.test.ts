import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../../src-main/content/loadBundle';
import { validManifest, writeValidBundle } from '../../../support/bundleBuilder';
import { makeTempDir } from '../../../support/tempDir';

describe('loadBundle', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir: root, cleanup } = await makeTempDir('kiosk-load-')));
  afterAll(() => cleanup());

  it('loads a valid bundle with defaults applied', async () => {
    const dir = path.join(root, 'gut');
    await writeValidBundle(dir);
    const loaded = await loadBundle(dir);
    expect(loaded).toMatchObject({ ok: true, folder: dir, manifestFile: 'bundle.yaml' });
    if (loaded.ok) expect(loaded.manifest.events[0]!.highlight).toBe(false);
  });

  it('loads despite warnings (missing alt text)', async () => {
    const dir = path.join(root, 'hinweis');
    const m = validManifest() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
    delete m.images[0].alt;
    await writeValidBundle(dir, m);
    expect((await loadBundle(dir)).ok).toBe(true);
  });

  it.each([
    {
      name: 'schema error',
      change: (m: Record<string, any>) => (m.events[1].date = '31.02.2023'), // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
      expected: /^bundle\.yaml, Zeile \d+, Spalte \d+, Ereignis „[\w-]+“, Feld date \(events\[1\]\.date\): „31\.02\.2023“ ist kein gültiges Datum – erwartet JJJJ, JJJJ-MM oder JJJJ-MM-TT/,
    },
    {
      name: 'dangling reference',
      change: (m: Record<string, any>) => (m.events[0].partners = ['emek-hefr']), // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
      expected: /^bundle\.yaml, Zeile \d+, Spalte \d+, Ereignis „[\w-]+“, Feld partners\[0\] \(events\[0\]\.partners\[0\]\): Partner „emek-hefr“ gibt es nicht/,
    },
  ])('refuses a $name with a German line naming file, line and field', async ({ change, expected }) => {
    const dir = path.join(root, change.toString().length.toString());
    const m = validManifest();
    change(m);
    await writeValidBundle(dir, m);
    const loaded = await loadBundle(dir);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]).toMatch(expected);
  });

  it('reports syntax errors with their line', async () => {
    const dir = path.join(root, 'syntax');
    await writeValidBundle(dir);
    await writeFile(path.join(dir, 'bundle.yaml'), 'schema: 1\nhome:\n\tname: x\n');
    const loaded = await loadBundle(dir);
    expect(!loaded.ok && loaded.problems[0]).toMatch(/^bundle\.yaml, Zeile 3, Spalte \d+: Syntaxfehler: Einrückung mit Tabulator/);
  });

  it('reports a missing folder and a missing manifest', async () => {
    const missing = await loadBundle(path.join(root, 'fehlt'));
    expect(missing.ok).toBe(false);
    const empty = path.join(root, 'leer');
    await writeValidBundle(empty);
    const { rm } = await import('node:fs/promises');
    await rm(path.join(empty, 'bundle.yaml'));
    const loaded = await loadBundle(empty);
    expect(!loaded.ok && loaded.problems[0]).toMatch(/^Kein Manifest gefunden/);
  });
});

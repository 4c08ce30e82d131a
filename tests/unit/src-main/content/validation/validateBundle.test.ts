import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../../../../../src-main/content/validation/validateBundle';
import { jpeg, makeZip, png, snapshotTree, validManifest, writeFiles, writeValidBundle } from '../../../../support/bundleBuilder';
import { makeTempDir } from '../../../../support/tempDir';
import { stringify } from 'yaml';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;

describe('validateBundle', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let workDir: string;
  let count = 0;
  const fresh = async () => {
    const dir = path.join(root, `b${(count += 1)}`);
    await mkdir(dir, { recursive: true });
    return dir;
  };
  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('kiosk-validate-'));
    workDir = path.join(root, 'arbeit');
    await mkdir(workDir);
  });
  afterAll(() => cleanup());

  it('reports warnings without failing: small image, missing alt and credit, unused and junk files, markup', async () => {
    const dir = await fresh();
    const m = validManifest() as Manifest;
    delete m.images[0].alt;
    delete m.images[1].credit;
    m.events[0].text = 'Siehe <b>hier</b>';
    m.images.push({ id: 'platzhalter', file: 'bilder/p.png', caption: 'Platzhalter', alt: 'Platzhalter', placeholder: true });
    await writeValidBundle(dir, m);
    await writeFiles(dir, {
      'bilder/b.png': await png(800, 600),
      'bilder/p.png': await png(400, 300),
      'bilder/extra.jpg': await jpeg(10, 10),
      '.DS_Store': 'junk',
      'bilder/Thumbs.db': 'junk',
    });
    const before = await snapshotTree(dir);
    const report = await validateBundle(dir, { workDir });
    const seen = report.problems.map((p) => `${p.severity} ${p.code} ${p.file ?? ''} ${p.field ?? ''}`.trim());
    expect(seen.sort()).toEqual([
      'warning image-small bilder/b.png images[1].file',
      'warning file-unused bilder/extra.jpg',
      'warning alt-missing bundle.yaml images[0].alt',
      'warning text-markup bundle.yaml events[0].text',
      'warning credit-missing bundle.yaml images[1].credit',
    ].sort());
    expect(report.ok).toBe(true);
    expect(report.problems.find((p) => p.code === 'image-small')!.message.de).toContain('800 × 600 px');
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('accepts a symlink that stays inside the bundle', async () => {
    const dir = await fresh();
    const m = validManifest() as Manifest;
    m.images[0].file = 'bilder/verweis.jpg';
    await writeValidBundle(dir, m);
    await symlink('a.jpg', path.join(dir, 'bilder/verweis.jpg'));
    const report = await validateBundle(dir);
    expect(report.problems).toEqual([]);
  });

  it('warns about a second manifest that is not read', async () => {
    const dir = await fresh();
    await writeValidBundle(dir);
    await writeFile(path.join(dir, 'bundle.json'), JSON.stringify(validManifest()));
    const report = await validateBundle(dir);
    expect(report.problems).toMatchObject([{ severity: 'warning', code: 'manifest-ambiguous', file: 'bundle.json' }]);
  });

  it('points at the nested folder when the manifest is one level down', async () => {
    const dir = await fresh();
    await writeValidBundle(path.join(dir, 'Mein Paket'));
    const report = await validateBundle(dir);
    expect(report.problems[0]!.message.de).toContain('„Mein Paket/“');
  });

  it.each([
    { name: 'missing source', make: async (dir: string) => path.join(dir, 'gibt-es-nicht'), code: 'io' },
    { name: 'a file that is no zip', make: async (dir: string) => { await writeFile(path.join(dir, 'x.txt'), 'hallo'); return path.join(dir, 'x.txt'); }, code: 'io' },
  ])('reports $name as an I/O problem without throwing', async ({ make, code }) => {
    const report = await validateBundle(await make(await fresh()));
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.code).toBe(code);
  });

  it('extracts a valid zip into a fresh folder under workDir and removes it on dispose', async () => {
    const dir = await fresh();
    const zip = path.join(dir, 'paket.zip');
    await writeFile(
      zip,
      await makeZip([
        { name: 'Paket/bundle.yaml', data: stringify(validManifest()) },
        { name: 'Paket/bilder/a.jpg', data: await jpeg(), compress: false },
        { name: 'Paket/bilder/b.png', data: await png(), compress: false },
        { name: '__MACOSX/Paket/._bundle.yaml', data: 'resource fork' },
      ]),
    );
    const report = await validateBundle(zip, { workDir, lang: 'en' });
    expect(report.problems).toEqual([]);
    expect(report.lang).toBe('en');
    expect(path.dirname(report.folder)).toBe(workDir);
    expect((await readdir(report.folder)).sort()).toEqual(['bilder', 'bundle.yaml']);
    await report.dispose();
    await report.dispose();
    expect(await readdir(workDir)).toEqual([]);
  });
});

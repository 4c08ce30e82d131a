import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultUsbRoots, findContentSources } from '../../../../src-main/admin/sourceFinder';
import { makeTempDir } from '../../../support/tempDir';

describe('findContentSources on a real folder tree', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    const stick = path.join(dir, 'media', 'kiosk', 'KREIS');
    await mkdir(path.join(stick, 'ausstellung-2026', 'bilder'), { recursive: true });
    await writeFile(path.join(stick, 'ausstellung-2026', 'bundle.yaml'), 'schema: 1');
    await writeFile(path.join(stick, 'harz.zip'), 'PK');
    await mkdir(path.join(stick, 'Archiv', 'alt'), { recursive: true });
    await writeFile(path.join(stick, 'Archiv', 'alt', 'bundle.json'), '{}');
    await writeFile(path.join(stick, 'notizen.txt'), 'nicht relevant');
    await mkdir(path.join(stick, '.Trashes', 'x'), { recursive: true });
    await writeFile(path.join(stick, '.Trashes', 'x', 'bundle.yaml'), 'schema: 1');
    await mkdir(path.join(dir, 'import', 'kassel'), { recursive: true });
    await writeFile(path.join(dir, 'import', 'kassel', 'bundle.yaml'), 'schema: 1');
  });
  afterAll(() => cleanup());

  it('lists bundle folders and zips on sticks and in the import folder, skipping hidden entries', async () => {
    const sources = await findContentSources({ usbRoots: [path.join(dir, 'media', 'kiosk')], importDir: path.join(dir, 'import') });
    expect(sources.map(({ label, kind, origin }) => ({ label, kind, origin }))).toEqual([
      { label: 'Import-Ordner › kassel', kind: 'folder', origin: 'import' },
      { label: 'USB-Stick KREIS › Archiv › alt', kind: 'folder', origin: 'usb' },
      { label: 'USB-Stick KREIS › ausstellung-2026', kind: 'folder', origin: 'usb' },
      { label: 'USB-Stick KREIS › harz.zip', kind: 'zip', origin: 'usb' },
    ]);
    expect(new Set(sources.map((source) => source.id)).size).toBe(4);
    expect(sources.every((source) => /^[A-Za-z0-9_-]{22}$/.test(source.id))).toBe(true);
  });

  it('passes over roots that do not exist (no stick plugged in)', async () => {
    expect(await findContentSources({ usbRoots: [path.join(dir, 'nirgends')], importDir: path.join(dir, 'auch-nicht') })).toEqual([]);
  });

  it('knows the usual mount roots per platform', () => {
    expect(defaultUsbRoots('darwin')).toEqual(['/Volumes']);
    expect(defaultUsbRoots('linux')).toContain('/media');
    expect(defaultUsbRoots('win32')).toEqual([]);
  });
});

describe('built-in bundles as sources', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    for (const id of ['landkreis-harz', 'landkreis-kassel']) {
      await mkdir(path.join(dir, 'content', id), { recursive: true });
      await writeFile(path.join(dir, 'content', id, 'bundle.yaml'), 'schema: 1');
    }
    await writeFile(path.join(dir, 'content', 'FORMAT.md'), '# Format');
  });
  afterAll(() => cleanup());

  it('offers each built-in bundle folder so curators can switch default exhibitions', async () => {
    const sources = await findContentSources({ usbRoots: [], importDir: path.join(dir, 'import'), builtInDir: path.join(dir, 'content') });
    expect(sources.map(({ label, origin }) => ({ label, origin }))).toEqual([
      { label: 'Mitgeliefert › landkreis-harz', origin: 'builtin' },
      { label: 'Mitgeliefert › landkreis-kassel', origin: 'builtin' },
    ]);
  });
});

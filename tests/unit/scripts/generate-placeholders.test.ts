import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleFolders, generatePlaceholders, placeholderTarget } from '../../../scripts/generate-placeholders';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('placeholders-'));
});
afterEach(async () => cleanup());

/** A manifest with two placeholders, one real photo and one placeholder path that tries to leave the bundle. */
const MANIFEST = `
schema: 1
id: probe
title: Probe
home: { name: Probekreis, location: { lat: 50, lon: 8 } }
images:
  - id: eins
    file: bilder/platzhalter-01.jpg
    caption: Platzhalter – Bild 1 von 2 – hier kommt ein Foto aus Emek Hefer
    placeholder: true
  - id: zwei
    file: bilder/tief/platzhalter-02.jpeg
    caption: Platzhalter – Bild 2 von 2 – hier kommt ein Foto aus Iași
    placeholder: true
  - id: foto
    file: foto.jpg
    caption: Ein echtes Foto
  - id: ausbruch
    file: ../draussen.jpg
    caption: Platzhalter – soll nicht geschrieben werden
    placeholder: true
`;

async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#806040' } }).jpeg().toBuffer();
}

describe('generatePlaceholders', () => {
  it('writes real 1920 × 1280 JPEGs for placeholder images only, and the same bytes on a second run', async () => {
    const bundle = path.join(dir, 'paket');
    await mkdir(bundle);
    await writeFile(path.join(bundle, 'bundle.yaml'), MANIFEST);
    const original = await photo();
    await writeFile(path.join(bundle, 'foto.jpg'), original);

    const first = await generatePlaceholders(bundle);
    expect(first.written).toEqual(['bilder/platzhalter-01.jpg', 'bilder/tief/platzhalter-02.jpeg']);
    expect(first.skipped.map((skip) => skip.file)).toEqual(['../draussen.jpg']);
    const files = ['bilder/platzhalter-01.jpg', 'bilder/tief/platzhalter-02.jpeg'];
    const bytes = await Promise.all(files.map((file) => readFile(path.join(bundle, file))));
    for (const image of bytes) {
      const meta = await sharp(image).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1920, 1280]);
      expect(image.length).toBeLessThan(60 * 1024);
    }
    expect(bytes[0]?.equals(bytes[1] as Buffer)).toBe(false);

    await generatePlaceholders(bundle);
    const again = await Promise.all(files.map((file) => readFile(path.join(bundle, file))));
    again.forEach((image, index) => expect(image.equals(bytes[index] as Buffer)).toBe(true));
    expect((await readFile(path.join(bundle, 'foto.jpg'))).equals(original)).toBe(true);
    expect(await readdir(dir)).toEqual(['paket']);
    expect((await readdir(path.join(bundle, 'bilder'))).sort()).toEqual(['platzhalter-01.jpg', 'tief']);
  });

  it('never overwrites a photo the curator already put in place of a placeholder', async () => {
    const bundle = path.join(dir, 'paket');
    await mkdir(path.join(bundle, 'bilder'), { recursive: true });
    await writeFile(path.join(bundle, 'bundle.yaml'), MANIFEST);
    const curated = await photo();
    await writeFile(path.join(bundle, 'bilder', 'platzhalter-01.jpg'), curated);

    const report = await generatePlaceholders(bundle);
    expect(report.written).toEqual(['bilder/tief/platzhalter-02.jpeg']);
    expect(report.skipped.find((skip) => skip.file === 'bilder/platzhalter-01.jpg')?.reason).toContain('placeholder: true');
    expect((await readFile(path.join(bundle, 'bilder', 'platzhalter-01.jpg'))).equals(curated)).toBe(true);
  });

  it('refuses a folder without a valid manifest with a German message', async () => {
    await expect(generatePlaceholders(dir)).rejects.toThrow(/kein Manifest/);
    await writeFile(path.join(dir, 'bundle.yaml'), 'schema: 2\n');
    await expect(generatePlaceholders(dir)).rejects.toThrow(/bundle\.yaml: ungültig/);
  });
});

describe('placeholderTarget', () => {
  const cases = [
    { file: 'bilder/a.jpg', inside: true },
    { file: 'a.JPEG', inside: true },
    { file: '../a.jpg', inside: false },
    { file: 'bilder/../../a.jpg', inside: false },
    { file: '/etc/a.jpg', inside: false },
    { file: 'C:/a.jpg', inside: false },
    { file: 'bilder\\a.jpg', inside: false },
    { file: 'bilder//a.jpg', inside: false },
    { file: 'bilder/a.png', inside: false },
  ];
  for (const { file, inside } of cases) {
    it(`${file} → ${inside ? 'inside' : 'refused'}`, () => {
      const target = placeholderTarget('/tmp/paket', file);
      expect(target !== undefined).toBe(inside);
      if (target) expect(target.startsWith(path.resolve('/tmp/paket') + path.sep)).toBe(true);
    });
  }
});

describe('bundleFolders', () => {
  it('lists the folders that hold a manifest, sorted', async () => {
    for (const name of ['b', 'a', 'leer']) await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, 'b', 'bundle.json'), '{}');
    await writeFile(path.join(dir, 'a', 'bundle.yaml'), '');
    await writeFile(path.join(dir, 'FORMAT.md'), '');
    expect(await bundleFolders(dir)).toEqual([path.join(dir, 'a'), path.join(dir, 'b')]);
  });
});

import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateStressBundle } from '../../../scripts/generate-stress-bundle';
import { loadBundle } from '../../../src-main/content/loadBundle';
import { makeTempDir } from '../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('stress-bundle-'));
});
afterEach(async () => cleanup());

// Small photos keep the test fast; the camera size is a default of the generator, not of its logic.
const SMALL = { width: 300, height: 200 };

describe('generateStressBundle', () => {
  it('writes a bundle the kiosk loads, with real JPEGs shared by the events', async () => {
    const folder = path.join(dir, 'paket');
    const result = await generateStressBundle({ events: 120, partners: 4, photos: 3, folder, photoCacheDir: path.join(dir, 'cache'), photoSize: SMALL });
    const loaded = await loadBundle(folder);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.manifest.events).toHaveLength(120);
    expect(loaded.manifest.partners).toHaveLength(4);
    expect((await readdir(path.join(folder, 'fotos'))).sort()).toEqual(['kamera-001.jpg', 'kamera-002.jpg', 'kamera-003.jpg']);
    const meta = await sharp(path.join(folder, 'fotos', 'kamera-002.jpg')).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 300, height: 200 });
    expect(result.manifestBytes).toBe((await readFile(path.join(folder, 'bundle.json'))).length);
  });

  it('is deterministic: a second folder from the same seed holds the same bytes', async () => {
    const options = { events: 60, photos: 2, seed: 42, photoSize: SMALL };
    await generateStressBundle({ ...options, folder: path.join(dir, 'a'), photoCacheDir: path.join(dir, 'cache-a') });
    await generateStressBundle({ ...options, folder: path.join(dir, 'b'), photoCacheDir: path.join(dir, 'cache-b') });
    for (const file of ['bundle.json', 'fotos/kamera-001.jpg', 'fotos/kamera-002.jpg']) {
      expect(await readFile(path.join(dir, 'b', file))).toEqual(await readFile(path.join(dir, 'a', file)));
    }
  });

  it('replaces an earlier stress bundle but never a curator’s folder', async () => {
    const folder = path.join(dir, 'paket');
    const cache = path.join(dir, 'cache');
    await generateStressBundle({ events: 10, photos: 2, folder, photoCacheDir: cache, photoSize: SMALL });
    await generateStressBundle({ events: 20, photos: 1, folder, photoCacheDir: cache, photoSize: SMALL });
    expect(await readdir(path.join(folder, 'fotos'))).toEqual(['kamera-001.jpg']);

    const curated = path.join(dir, 'kuratiert');
    await mkdir(curated);
    await writeFile(path.join(curated, 'bundle.json'), JSON.stringify({ id: 'emek-hefer' }));
    await expect(generateStressBundle({ events: 10, folder: curated, photoCacheDir: cache, photoSize: SMALL })).rejects.toThrow(/emek-hefer/);
    const other = path.join(dir, 'andere');
    await mkdir(other);
    await writeFile(path.join(other, 'notiz.txt'), 'nicht löschen');
    await expect(generateStressBundle({ events: 10, folder: other, photoCacheDir: cache, photoSize: SMALL })).rejects.toThrow(/nicht leer/);
    expect(await readFile(path.join(other, 'notiz.txt'), 'utf8')).toBe('nicht löschen');
  });
});

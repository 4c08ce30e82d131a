import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cameraPhotoName, cameraPhotoPixels, ensureCameraPhoto } from '../../../../scripts/bench/cameraPhoto';
import { makeTempDir } from '../../../support/tempDir';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('camera-photo-'));
});
afterEach(async () => cleanup());

describe('cameraPhotoPixels', () => {
  it('gives the same pixels for the same spec and different ones for another photo', () => {
    const spec = { seed: 3, index: 1, width: 64, height: 48 };
    expect(cameraPhotoPixels(spec)).toEqual(cameraPhotoPixels(spec));
    expect(cameraPhotoPixels({ ...spec, index: 2 })).not.toEqual(cameraPhotoPixels(spec));
    expect(cameraPhotoPixels(spec)).toHaveLength(64 * 48 * 3);
  });

  it('more noise makes a larger JPEG, as sensor noise does', async () => {
    const size = async (noise: number) =>
      (await sharp(cameraPhotoPixels({ seed: 1, index: 0, width: 400, height: 300, noise }), { raw: { width: 400, height: 300, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()).length;
    expect(await size(24)).toBeGreaterThan((await size(2)) * 2);
  });
});

describe('ensureCameraPhoto', () => {
  it('generates a JPEG once and then serves it from the cache', async () => {
    const spec = { seed: 5, index: 0, width: 240, height: 160 };
    const first = await ensureCameraPhoto(spec, dir);
    expect(first.generated).toBe(true);
    expect(path.basename(first.file)).toBe(cameraPhotoName(spec));
    const modified = (await stat(first.file)).mtimeMs;
    const second = await ensureCameraPhoto(spec, dir);
    expect(second).toEqual({ ...first, generated: false });
    expect((await stat(second.file)).mtimeMs).toBe(modified);
    expect(await sharp(first.file).metadata()).toMatchObject({ format: 'jpeg', width: 240, height: 160 });
  });
});

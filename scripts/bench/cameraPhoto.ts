/**
 * Camera-size test photos for the stress bundles: real baseline JPEGs made with sharp whose size on disk matches
 * what a curator brings from a 24-megapixel camera (8–15 MB). Smooth gradients alone would compress to a few
 * hundred KB, so every pixel gets seeded noise on top of a few soft colour blobs, as sensor noise and detail do in
 * a real photo. Generated once per (seed, index, size) and kept in a cache folder, because one photo takes seconds.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { seededRandom } from '../../tests/support/seededRandom';

/** Bumped when the pixels change, so stale cached photos are never reused. */
const PHOTO_VERSION = 1;

/** What one generated photo looks like. */
export interface CameraPhotoSpec {
  /** Seed of the whole stress bundle. */
  seed: number;
  /** Number of the photo within the bundle, from 0. */
  index: number;
  /** Width in px; default 6000 (24 MP at 3:2). */
  width?: number;
  /** Height in px; default 4000. */
  height?: number;
  /** Noise amplitude in 8-bit levels (±); larger means a larger file. Default 24, which gives ≈ 10 MB at 6000×4000. */
  noise?: number;
}

/** The cache file name for a photo: everything that changes the pixels is in it. */
export function cameraPhotoName(spec: CameraPhotoSpec): string {
  const { width = 6000, height = 4000, noise = 24 } = spec;
  return `kamera-v${PHOTO_VERSION}-s${spec.seed}-n${spec.index}-${width}x${height}-r${noise}.jpg`;
}

/**
 * Renders the raw RGB pixels of one photo: three soft colour blobs over a diagonal sky-to-ground gradient, plus
 * uniform noise. Deterministic for a spec.
 */
export function cameraPhotoPixels(spec: CameraPhotoSpec): Buffer {
  const { width = 6000, height = 4000, noise = 24 } = spec;
  const random = seededRandom(spec.seed * 7919 + spec.index * 104_729 + 1);
  const base = [0, 1, 2].map(() => 60 + random() * 140);
  const blobs = [0, 1, 2].map(() => ({
    x: random() * width,
    y: random() * height,
    r2: (0.15 + random() * 0.3) ** 2 * width * width,
    rgb: [random() * 200 - 100, random() * 200 - 100, random() * 200 - 100],
  }));
  const pixels = Buffer.allocUnsafe(width * height * 3);
  // A 32-bit xorshift per pixel is ~10× faster than a float PRNG call and just as deterministic.
  let state = (random() * 0xffffffff) >>> 0 || 1;
  let offset = 0;
  for (let y = 0; y < height; y += 1) {
    // Blob influence changes slowly, so it is computed per 8 columns and held.
    let shade = [0, 0, 0];
    for (let x = 0; x < width; x += 1) {
      if ((x & 7) === 0) {
        const t = (x / width + y / height) / 2;
        shade = [0, 1, 2].map((channel) => {
          let value = (base[channel] as number) * (1.2 - 0.6 * t);
          for (const blob of blobs) {
            const d2 = (x - blob.x) ** 2 + (y - blob.y) ** 2;
            value += (blob.rgb[channel] as number) * Math.exp(-d2 / blob.r2);
          }
          return value;
        });
      }
      for (let channel = 0; channel < 3; channel += 1) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const jitter = ((state >>> 0) / 0xffffffff - 0.5) * 2 * noise;
        const value = (shade[channel] as number) + jitter;
        pixels[offset++] = value < 0 ? 0 : value > 255 ? 255 : value;
      }
    }
  }
  return pixels;
}

/**
 * Returns the path of the photo in `cacheDir`, generating it first if it is not there yet (written to a temporary
 * name and renamed, so an interrupted run never leaves a half photo in the cache).
 */
export async function ensureCameraPhoto(spec: CameraPhotoSpec, cacheDir: string): Promise<{ file: string; bytes: number; generated: boolean }> {
  const { width = 6000, height = 4000 } = spec;
  const file = path.join(cacheDir, cameraPhotoName(spec));
  if (existsSync(file)) return { file, bytes: (await stat(file)).size, generated: false };
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.part`;
  await sharp(cameraPhotoPixels(spec), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92, chromaSubsampling: '4:2:0' })
    .withExif({ IFD0: { Make: 'Stressgenerator', Model: `Kamera ${spec.index + 1}` } })
    .toFile(partial);
  await rename(partial, file);
  return { file, bytes: (await stat(file)).size, generated: true };
}

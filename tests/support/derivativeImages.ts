/**
 * Real images for the derivative tests, made with sharp: a camera-size 24 MP JPEG turned by EXIF and in Display
 * P3, a PNG with alpha, a small JPEG, a JPEG cut short and a file that is no image at all; plus a manifest naming
 * them. Written into a bundle folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { bundleManifest, type BundleManifest } from '../../src-shared/bundleSchema';

/** The colour of the camera photo in sRGB; stored as Display P3 numbers (187, 106, 63) in the file. */
export const CAMERA_SRGB = { r: 200, g: 100, b: 50 } as const;

/** The image files of {@link writeDerivativeBundle}, as named in its manifest. */
export const FILES = {
  camera: 'fotos/kamera 24mp.jpg',
  alpha: 'fotos/logo.png',
  small: 'fotos/klein.jpg',
  truncated: 'fotos/abgeschnitten.jpg',
  notImage: 'fotos/kein-bild.jpg',
} as const;

/**
 * A 6000 × 4000 px JPEG (as stored) with EXIF orientation 6 (turn 90° clockwise: shown 4000 × 6000) and an
 * embedded Display P3 profile. One flat colour keeps encoding quick while the decoder still handles 24 MP.
 */
export function cameraJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 6000, height: 4000, channels: 3, background: CAMERA_SRGB } })
    // `withMetadata({ icc })` converts the pixels to P3 and embeds the profile (withIccProfile + withMetadata
    // would convert back to sRGB); deprecated in favour of withIccProfile, but the one way to get both.
    .withMetadata({ orientation: 6, icc: 'p3' })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A JPEG of `width` × `height` px in one colour. */
export function plainJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3060a0' } }).jpeg({ quality: 80 }).toBuffer();
}

/** A 900 × 600 px PNG whose left half is transparent. */
export async function alphaPng(): Promise<Buffer> {
  const half = await sharp({ create: { width: 450, height: 600, channels: 4, background: { r: 20, g: 160, b: 60, alpha: 1 } } }).png().toBuffer();
  return sharp({ create: { width: 900, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: half, left: 450, top: 0 }])
    .png()
    .toBuffer();
}

/** A manifest naming `files` as images (ids `bild-1`, `bild-2`, …). */
export function manifestFor(files: readonly string[]): BundleManifest {
  return bundleManifest.parse({
    schema: 1,
    id: 'derivate-test',
    title: 'Derivate',
    home: { name: 'Kreis Test', location: { lat: 50.9, lon: 8.0 } },
    images: files.map((file, index) => ({ id: `bild-${index + 1}`, file, caption: `Bild ${index + 1}` })),
  });
}

/** Writes every file of {@link FILES} into `dir` (with `camera` given, as it is slow to make) and returns the manifest. */
export async function writeDerivativeBundle(dir: string, camera: Buffer): Promise<BundleManifest> {
  await mkdir(path.join(dir, 'fotos'), { recursive: true });
  const full = await plainJpeg(1200, 800);
  const contents: Record<string, Buffer> = {
    [FILES.camera]: camera,
    [FILES.alpha]: await alphaPng(),
    [FILES.small]: await plainJpeg(200, 100),
    // Cut after 40 %: the header is intact, the picture data ends early (a copy that stopped).
    [FILES.truncated]: full.subarray(0, Math.floor(full.length * 0.4)),
    [FILES.notImage]: Buffer.from('Das ist kein Bild, nur Text mit der Endung .jpg\n'),
  };
  for (const [file, bytes] of Object.entries(contents)) await writeFile(path.join(dir, file), bytes);
  await writeFile(path.join(dir, 'bundle.yaml'), 'schema: 1\n');
  return manifestFor(Object.values(FILES));
}

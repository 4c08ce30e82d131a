/**
 * The sharp pipelines of the derivatives: decode (refusing files cut short and pixel bombs), turn upright by the
 * EXIF orientation, fit into the size's box without enlarging, convert to sRGB and strip metadata (sharp's default
 * when no metadata is kept: the embedded profile, e.g. Display P3 or Adobe RGB, is applied first), encode WebP.
 * `renderSizes` makes any set of sizes from one decode at the largest of them (all three in the background; a
 * request for a thumbnail alone decodes a JPEG at an eighth of its size), `renderDerivative` one size directly,
 * `rawResize` is the benchmark's baseline.
 */
import sharp, { type Sharp } from 'sharp';
import { MAX_IMAGE_PIXELS } from '../validation/limits';
import { SIZE_BOX_PX, WEBP_EFFORT, WEBP_QUALITY, type DerivativeSize } from './derivativeSizes';

/** sharp's input options for bundle photos: the same decoding rules as validation (`mediaFile.ts`). */
const INPUT_OPTIONS = { failOn: 'truncated', limitInputPixels: MAX_IMAGE_PIXELS, animated: false } as const;
/** Highest SVG rendering density in dpi, so a tiny viewBox cannot ask for a gigapixel raster. */
const MAX_SVG_DENSITY = 2400;

/** An encoded derivative and its size in px. */
export interface RenderedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * Renders `size` of the image file `source` (absolute path). Throws sharp's error when the file cannot be decoded;
 * the caller turns that into a placeholder and a problem message.
 */
export async function renderDerivative(source: string, size: DerivativeSize): Promise<RenderedImage> {
  const pipeline = await openSource(source, size);
  const box = SIZE_BOX_PX[size];
  const { data, info } = await pipeline
    .autoOrient()
    .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
    .toBuffer({ resolveWithObject: true });
  return { bytes: data, width: info.width, height: info.height };
}

/**
 * Renders several sizes of one source with a single decode: the largest size is decoded, turned and converted
 * to sRGB once, and every size is encoded from those pixels. Decoding a 24 MP JPEG is the costliest step, so this
 * is what keeps the cache ahead of three separate pipelines. An SVG is rendered per size (at its own density).
 */
export async function renderSizes(source: string, sizes: readonly DerivativeSize[]): Promise<Map<DerivativeSize, RenderedImage>> {
  const rendered = new Map<DerivativeSize, RenderedImage>();
  const largest = [...sizes].sort((a, b) => SIZE_BOX_PX[b] - SIZE_BOX_PX[a])[0];
  if (largest === undefined) return rendered;
  if (source.toLowerCase().endsWith('.svg')) {
    for (const size of sizes) rendered.set(size, await renderDerivative(source, size));
    return rendered;
  }
  const box = SIZE_BOX_PX[largest];
  const { data, info } = await (await openSource(source, largest))
    .autoOrient()
    .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  const pixels = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  for (const size of sizes) {
    const sizeBox = SIZE_BOX_PX[size];
    const encoded = await sharp(data, pixels)
      .resize({ width: sizeBox, height: sizeBox, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
      .toBuffer({ resolveWithObject: true });
    rendered.set(size, { bytes: encoded.data, width: encoded.info.width, height: encoded.info.height });
  }
  return rendered;
}

/** The raw sharp baseline the benchmark compares against: the same resize and encoding, nothing else. */
export function rawResize(source: string, size: DerivativeSize): Promise<Buffer> {
  const box = SIZE_BOX_PX[size];
  return sharp(source, INPUT_OPTIONS)
    .autoOrient()
    .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
    .toBuffer();
}

/**
 * Opens the source. An SVG has no pixel size of its own, so it is rendered at the density that fills the box
 * (the one case of enlarging: vectors stay sharp); everything else is decoded as it is.
 */
async function openSource(source: string, size: DerivativeSize): Promise<Sharp> {
  if (!source.toLowerCase().endsWith('.svg')) return sharp(source, INPUT_OPTIONS);
  const { width = 0, height = 0 } = await sharp(source, INPUT_OPTIONS).metadata();
  const longSide = Math.max(width, height, 1);
  const density = Math.min(MAX_SVG_DENSITY, Math.max(1, (72 * SIZE_BOX_PX[size]) / longSide));
  return sharp(source, { ...INPUT_OPTIONS, density });
}

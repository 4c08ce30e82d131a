/**
 * The display sizes the kiosk derives from every bundle image, and the encoder settings. Pure data and arithmetic.
 *
 * Format: WebP. Measured on this 2-core machine with sharp 0.35 on a 24 MP camera-size JPEG (6000 × 4000, 11.9 MB)
 * resized to a 3840 px long side: WebP effort 2 took 1.2 s, WebP effort 4 2.0 s, AVIF effort 2 8.5 s, AVIF
 * effort 4 21.5 s; at 1920 px WebP e2 0.43 s vs AVIF e4 11.7 s. AVIF files were about half the size, but the
 * kiosk reads them from its own disk, where bytes cost nothing, while a curator waits for every second of encoding
 * (500 photos × three sizes). WebP effort 2 was within 7 % of effort 4's size on a smooth image and 1.7 × faster.
 */

import type { DerivativeSize } from '../../../src-shared/derivedImages';

// The size names are part of the URL contract with the renderer, so they live in src-shared.
export { DERIVATIVE_SIZES, type DerivativeSize, isDerivativeSize } from '../../../src-shared/derivedImages';

/**
 * Bounding box of each size in px: the image is scaled to fit inside, keeping its aspect ratio, never enlarged.
 * `thumb` for timeline cards, `screen` fits a 1920 × 1080 display in both orientations, `full` for zooming in.
 */
export const SIZE_BOX_PX: Readonly<Record<DerivativeSize, number>> = { thumb: 320, screen: 1920, full: 3840 };

/** WebP quality (1–100): 80 shows no visible loss on photos at kiosk viewing distance. */
export const WEBP_QUALITY = 80;
/** WebP effort (0–6): 2 is 1.7 × faster than the default 4 for a few per cent larger files (see above). */
export const WEBP_EFFORT = 2;

/**
 * Bumped whenever the output of the pipeline changes (sizes, format, quality, colour handling), so old cache
 * entries are never served for new settings; part of every cache key and the cache's folder name.
 */
export const PIPELINE_VERSION = 'p1-webp-q80-e2';

/** Content-Type of every derivative. */
export const DERIVATIVE_MEDIA_TYPE = 'image/webp';
/** File ending of every derivative in the cache. */
export const DERIVATIVE_EXTENSION = '.webp';

/**
 * The pixel size of `size` for an image of `width` × `height` px (as displayed, i.e. after EXIF orientation):
 * fitted inside the size's box, rounded, at least 1 px, never larger than the source.
 */
export function fittedDimensions(width: number, height: number, size: DerivativeSize): { width: number; height: number } {
  const scale = Math.min(1, SIZE_BOX_PX[size] / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

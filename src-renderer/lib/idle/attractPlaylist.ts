/**
 * The attract loop's slides, made from the content only: the highlighted events (with their first image, when
 * they have one) and the images of the bundle's collections, interleaved so the loop alternates between them.
 */
import type { BundleManifest } from '../../../src-shared/bundleSchema';

/** One slide: a highlighted event, or an image of a collection. */
export type AttractSlide =
  | { kind: 'event'; eventId: string; imageId: string | undefined }
  | { kind: 'image'; imageId: string; collectionId: string; index: number };

/** The manifest fields the playlist reads. */
export type AttractContent = Pick<BundleManifest, 'events' | 'images' | 'collections'>;

/**
 * The slides for `content`: highlights in date order of the manifest, collection images in the curator's order,
 * interleaved one by one. At most `maxImages` collection images (default 24) keep a loop shorter than ~4 min.
 */
export function attractPlaylist(content: AttractContent, maxImages = 24): AttractSlide[] {
  const knownImages = new Set(content.images.map((image) => image.id));
  const highlights: AttractSlide[] = content.events
    .filter((event) => event.highlight)
    .map((event) => ({ kind: 'event', eventId: event.id, imageId: event.images.find((id) => knownImages.has(id)) }));
  const images: AttractSlide[] = content.collections
    .flatMap((collection) =>
      collection.images.map((imageId, index) => ({ kind: 'image' as const, imageId, collectionId: collection.id, index })),
    )
    .filter((slide) => knownImages.has(slide.imageId))
    .slice(0, maxImages);
  const slides: AttractSlide[] = [];
  for (let index = 0; index < Math.max(highlights.length, images.length); index += 1) {
    const highlight = highlights[index];
    const image = images[index];
    if (highlight) slides.push(highlight);
    if (image) slides.push(image);
  }
  return slides;
}

/** A slow pan and zoom (Ken Burns) from one framing to another; scale factors and translations in %. */
export interface KenBurns {
  fromScale: number;
  toScale: number;
  fromX: number;
  fromY: number;
  toX: number;
  toY: number;
}

/** Largest shift of a slide, % of its size: below the 2 % overhang that the smallest zoom (1.04) leaves per side. */
export const KEN_BURNS_MAX_SHIFT = 1.8;

/**
 * A random, gentle pan and zoom for one slide: zoom between 1.04 and 1.2 (in or out) and a shift of at most
 * {@link KEN_BURNS_MAX_SHIFT} % each way, so a `cover`-fitted image always fills its frame (apply as
 * `translate(x%, y%) scale(s)`). `random` returns numbers in [0, 1).
 */
export function kenBurnsFor(random: () => number): KenBurns {
  const small = 1.04 + random() * 0.04;
  const large = 1.14 + random() * 0.06;
  const zoomIn = random() < 0.5;
  const shift = () => Math.round((random() * 2 - 1) * KEN_BURNS_MAX_SHIFT * 10) / 10;
  return {
    fromScale: zoomIn ? small : large,
    toScale: zoomIn ? large : small,
    fromX: shift(),
    fromY: shift(),
    toX: shift(),
    toY: shift(),
  };
}

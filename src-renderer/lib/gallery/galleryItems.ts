/**
 * The pages of a gallery: a collection's images in the curator's order, each with the year it shows and where it
 * leads on the timeline. Pure; built once per bundle.
 */
import type { BundleImage, BundleManifest, Collection } from '../../../src-shared/bundleSchema';
import { partialDateStart } from '../../../src-shared/partialDate';

/** Where „In der Zeitleiste zeigen“ leads: the event that uses the image, else the image's partner. */
export type TimelineTarget = { kind: 'event'; id: string } | { kind: 'partner'; id: string };

/** One page of the gallery. */
export interface GalleryItem {
  image: BundleImage;
  /** The year shown beside the caption: the image's own date, else the date of the event that uses it. */
  year: number | undefined;
  target: TimelineTarget | undefined;
}

/** The first collection of the bundle (the kiosk shows one gallery), or `undefined` when there is none. */
export function primaryCollection(manifest: BundleManifest): Collection | undefined {
  return manifest.collections[0];
}

/**
 * The gallery pages of `collection`, in its order; ids that name no image are skipped (validation reports them,
 * the kiosk must not break on them). The earliest event using an image is its target.
 */
export function galleryItems(
  manifest: BundleManifest,
  collection: Collection,
  /** The exhibition index's lookups (exhibitionIndex.ts), so nothing is indexed twice. */
  index: { images: ReadonlyMap<string, BundleImage>; eventStartMs: ReadonlyMap<string, number> },
): GalleryItem[] {
  const { images, eventStartMs } = index;
  const startOf = (event: { id: string; date: string }) => eventStartMs.get(event.id) ?? partialDateStart(event.date);
  const partnerIds = new Set(manifest.partners.map((partner) => partner.id));
  const eventOfImage = new Map<string, { id: string; date: string }>();
  const byDate = [...manifest.events].sort((a, b) => startOf(a) - startOf(b));
  for (const event of byDate) {
    for (const imageId of event.images) if (!eventOfImage.has(imageId)) eventOfImage.set(imageId, event);
  }
  return collection.images.flatMap((id) => {
    const image = images.get(id);
    if (!image) return [];
    const event = eventOfImage.get(id);
    const date = image.date ?? event?.date;
    const target: TimelineTarget | undefined = event
      ? { kind: 'event', id: event.id }
      : image.partner !== undefined && partnerIds.has(image.partner)
        ? { kind: 'partner', id: image.partner }
        : undefined;
    return [{ image, year: date === undefined ? undefined : Number(date.slice(0, 4)), target }];
  });
}

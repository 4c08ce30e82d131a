/**
 * The pictures the first screen leads with (issue 12, „pictures first“): events with a picture – highlighted ones
 * first, each in date order – then the images of the collections that no event shows yet, then the pictures of
 * partners shown nowhere else. Pure; the picture strip shows as many as fit.
 */
import type { BundleManifest } from '../../../src-shared/bundleSchema';
import { partialDateStart } from '../../../src-shared/partialDate';

/** One picture of the strip and what a touch opens. */
export type FeaturedPicture =
  | { kind: 'event'; key: string; eventId: string; imageId: string }
  | { kind: 'image'; key: string; imageId: string; collectionId: string }
  | { kind: 'partner'; key: string; imageId: string; partnerId: string };

/**
 * Up to `limit` pictures of `manifest`, no image twice.
 * @param limit Most pictures returned (default 12: more than any strip shows at 1920 px).
 * @param startMs Each event's start, ms, when already parsed (the exhibition index has it); parsed here otherwise.
 */
export function featuredPictures(
  manifest: Pick<BundleManifest, 'events' | 'images' | 'collections' | 'partners'>,
  limit = 12,
  startMs?: ReadonlyMap<string, number>,
): FeaturedPicture[] {
  const known = new Set(manifest.images.map((image) => image.id));
  const used = new Set<string>();
  const pictures: FeaturedPicture[] = [];
  const events = manifest.events
    .map((event, order) => ({ event, order, start: startMs?.get(event.id) ?? partialDateStart(event.date) }))
    .sort((a, b) => Number(b.event.highlight) - Number(a.event.highlight) || a.start - b.start || a.order - b.order);
  for (const { event } of events) {
    // The strip never shows more than `limit`: a 5,000-event bundle need not be walked to its end.
    if (pictures.length >= limit) break;
    const imageId = event.images.find((id) => known.has(id) && !used.has(id));
    if (imageId === undefined) continue;
    used.add(imageId);
    pictures.push({ kind: 'event', key: `event:${event.id}`, eventId: event.id, imageId });
  }
  for (const collection of manifest.collections) {
    for (const imageId of collection.images) {
      if (!known.has(imageId) || used.has(imageId)) continue;
      used.add(imageId);
      pictures.push({ kind: 'image', key: `image:${imageId}`, imageId, collectionId: collection.id });
    }
  }
  const partners = new Set(manifest.partners.map((partner) => partner.id));
  for (const image of manifest.images) {
    if (used.has(image.id) || image.partner === undefined || !partners.has(image.partner)) continue;
    used.add(image.id);
    pictures.push({ kind: 'partner', key: `partner:${image.id}`, imageId: image.id, partnerId: image.partner });
  }
  return pictures.slice(0, limit);
}

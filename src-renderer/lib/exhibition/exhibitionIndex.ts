/**
 * The exhibition as the renderer reads it: the bundle's lists indexed once, when the bundle is shown. Every view
 * (timeline, panels, gallery, map, attract loop) looks things up here instead of building its own maps. Pure and
 * independent of the visitor's language and filters, so it is built exactly once per bundle.
 */
import type { BundleImage, BundleManifest, Collection, Partner, TimelineEvent } from '../../../src-shared/bundleSchema';
import { type DerivativeSize, derivedImageUrl } from '../../../src-shared/derivedImages';
import type { ActiveBundle } from '../../../src-shared/kioskApi';
import { partialDateStart } from '../../../src-shared/partialDate';
import { type GalleryItem, galleryItems, primaryCollection } from '../gallery/galleryItems';

/** The indexed bundle; see {@link buildExhibitionIndex}. */
export interface ExhibitionIndex {
  bundle: ActiveBundle;
  manifest: BundleManifest;
  partners: ReadonlyMap<string, Partner>;
  events: ReadonlyMap<string, TimelineEvent>;
  images: ReadonlyMap<string, BundleImage>;
  /** Each event's start (its partial date's first moment, UTC), ms: parsed once for every view. */
  eventStartMs: ReadonlyMap<string, number>;
  /** The events of a partner in date order (an empty list for an unknown id). */
  eventsOfPartner: (partnerId: string) => TimelineEvent[];
  /** The known images among `ids`, in their order (ids that name no image are skipped). */
  imagesOf: (ids: readonly string[]) => BundleImage[];
  /** The known partners among `ids`, in their order. */
  partnersOf: (ids: readonly string[]) => Partner[];
  /** The ids among `ids` that name an image, in their order. */
  knownImageIds: (ids: readonly string[]) => string[];
  /** The URL of an image in a display size, or `undefined` for an unknown id. */
  imageUrl: (imageId: string, size: DerivativeSize) => string | undefined;
  /** The gallery's collection (the first one), if the bundle has one. */
  collection: Collection | undefined;
  /** The gallery pages of {@link collection}, in its order. */
  gallery: GalleryItem[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Indexes `bundle`; called once per bundle shown. */
export function buildExhibitionIndex(bundle: ActiveBundle): ExhibitionIndex {
  const { manifest } = bundle;
  const partners = byId(manifest.partners);
  const events = byId(manifest.events);
  const images = byId(manifest.images);
  const eventStartMs = new Map<string, number>();
  // Sorted by a number held beside each event, not by map lookups in the comparator (5,000 events: ~60,000 calls).
  const dated = manifest.events.map((event) => {
    const start = partialDateStart(event.date);
    eventStartMs.set(event.id, start);
    return { event, start };
  });
  dated.sort((a, b) => a.start - b.start);
  const byPartner = new Map<string, TimelineEvent[]>();
  for (const { event } of dated) {
    for (const partnerId of event.partners) {
      const list = byPartner.get(partnerId);
      if (list) list.push(event);
      else byPartner.set(partnerId, [event]);
    }
  }
  const collection = primaryCollection(manifest);
  // The gallery's pages are made when the gallery is first asked for, not before the timeline's first frame.
  let gallery: GalleryItem[] | undefined;
  return {
    bundle,
    manifest,
    partners,
    events,
    images,
    eventStartMs,
    eventsOfPartner: (partnerId) => byPartner.get(partnerId) ?? [],
    imagesOf: (ids) => ids.flatMap((id) => images.get(id) ?? []),
    knownImageIds: (ids) => ids.filter((id) => images.has(id)),
    partnersOf: (ids) => ids.flatMap((id) => partners.get(id) ?? []),
    imageUrl: (imageId, size) => {
      const image = images.get(imageId);
      return image ? derivedImageUrl(bundle.baseUrl, image.file, size) : undefined;
    },
    collection,
    get gallery() {
      gallery ??= collection ? galleryItems(manifest, collection, { images, eventStartMs }) : [];
      return gallery;
    },
  };
}

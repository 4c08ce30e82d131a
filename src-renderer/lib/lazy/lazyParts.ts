/**
 * The parts of the kiosk outside the entry chunk (issue 7): the entry chunk holds what the first frame shows
 * (header, timeline and the bar below it; its buttons, if they came later, would make the bar wrap on a portrait
 * screen and move the timeline). Everything else is a chunk of its own, loaded when needed and, so that a
 * visitor's first tap is immediate, in idle time right after the first timeline frame.
 */
import { LazyComponent } from './lazyComponent.svelte';

export const lazyParts = {
  idleLayer: new LazyComponent(() => import('../../components/attract/IdleLayer.svelte')),
  eventDetail: new LazyComponent(() => import('../../components/EventDetail.svelte')),
  partnerProfile: new LazyComponent(() => import('../../components/PartnerProfile.svelte')),
  groupProfile: new LazyComponent(() => import('../../components/GroupProfile.svelte')),
  imageViewer: new LazyComponent(() => import('../../components/ImageViewer.svelte')),
  gallery: new LazyComponent(() => import('../../components/gallery/Gallery.svelte')),
  adminLayer: new LazyComponent(() => import('../../admin/AdminLayer.svelte')),
};

/** All of them, for the prefetch after the first frame. */
export const LAZY_PARTS = Object.values(lazyParts);

/** The map carries the world's outlines (~750 kB): loaded when first opened, not with the timeline. */
export const loadPartnerMap = () => import('../../components/map/PartnerMap.svelte');

/**
 * The kiosk shell's state: which exhibition is shown, which mode and overlay the visitor is in, and the moves
 * between them (a gallery image shown on the timeline, a map partner opened over it, the idle reset, the attract
 * loop's slide opened by the first touch). App.svelte only renders it.
 */
import type { KioskApi } from '../../src-shared/kioskApi';
import { ExhibitionModel } from './exhibition/exhibitionModel.svelte';
import { Exhibition } from './exhibition/exhibitionSource.svelte';
import type { AttractSlide } from './idle/attractPlaylist';
import { type KioskMode, type KioskSession, NO_FILTERS } from './kioskSession.svelte';
import { KioskUi } from './kioskUi.svelte';
import { kioskSettings } from './kioskSettings.svelte';
import type { FeaturedPicture } from './pictures/featuredPictures';

export class KioskShell {
  readonly source = new Exhibition();
  readonly ui = new KioskUi();
  readonly exhibition: ExhibitionModel;
  readonly session: KioskSession;
  /** The gallery keeps its page while the visitor looks at the timeline. */
  galleryIndex = $state(0);
  /** Bumped by the idle reset: the timeline is rebuilt in its start view. */
  idleResets = $state(0);
  /** Admin lock time from the kiosk settings, s; the default until the main side answered. */
  adminLockSeconds = $state(120);
  /** Idle time before the countdown, s (kiosk setting); the settings' default until the main side answered. */
  idleSeconds = $state(90);

  /** The mode shown: the gallery only when the bundle has a collection. */
  readonly mode: KioskMode = $derived.by(() =>
    this.session.mode === 'gallery' && !this.exhibition.index?.collection ? 'timeline' : this.session.mode,
  );
  readonly openEvent = $derived.by(() => {
    const panel = this.ui.panel;
    return panel?.kind === 'event' ? this.exhibition.index?.events.get(panel.id) : undefined;
  });
  readonly openPartner = $derived.by(() => {
    const panel = this.ui.panel;
    return panel?.kind === 'partner' ? this.exhibition.index?.partners.get(panel.id) : undefined;
  });
  readonly openGroup = $derived.by(() => {
    const panel = this.ui.panel;
    return panel?.kind === 'group' ? this.exhibition.lane(panel.laneId) : undefined;
  });
  /** The lane whose label shows as pressed: the open group's, or the open partner's. */
  readonly selectedLaneId = $derived.by(() => {
    const panel = this.ui.panel;
    if (panel?.kind === 'group') return panel.laneId;
    return panel?.kind === 'partner' ? this.exhibition.laneIdOf(panel.id) : undefined;
  });

  constructor(session: KioskSession) {
    this.session = session;
    this.exhibition = new ExhibitionModel({
      bundle: () => this.source.bundle,
      language: () => session.language,
      filters: () => session.filters,
    });
  }

  /** Loads the exhibition and the kiosk settings the shell needs. */
  start(api: KioskApi): void {
    void this.source.load(api);
    // One request for the settings, shared with the idle layer (attract.*).
    kioskSettings.load(api).then(
      (info) => {
        if (!info) return;
        this.adminLockSeconds = info.adminLockSeconds;
        this.idleSeconds = info.idleTimeoutSeconds;
        this.session.setStartLanguage(info.language);
      },
      () => undefined,
    );
  }

  /** A new bundle (activation, rollback, hot reload, preview) starts from a clean screen. */
  bundleChanged(): void {
    this.ui.closeAll();
    this.galleryIndex = 0;
    // The curator's start view (manifest `startView`); the idle reset returns to it.
    this.session.setStartMode(this.source.bundle?.manifest.startView ?? 'timeline');
  }

  setMode(next: KioskMode): void {
    this.ui.closeAll();
    this.session.mode = next;
  }

  /** „In der Zeitleiste zeigen“: the timeline with the image's event (or partner) open, and a way back. */
  showInTimeline(index: number): void {
    const target = this.exhibition.index?.gallery[index]?.target;
    if (!target) return;
    this.galleryIndex = index;
    this.setMode('timeline');
    this.ui.returnToGallery = true;
    if (target.kind === 'event') this.ui.openEvent(target.id);
    else this.ui.openPartner(target.id);
  }

  /** A partner tapped on the map: its profile over the timeline, filtered to that partner. */
  showPartnerOnTimeline(partnerId: string): void {
    this.setMode('timeline');
    this.session.filters = { ...NO_FILTERS, partnerIds: new Set([partnerId]) };
    this.ui.openPartner(partnerId);
  }

  /** A lane label tapped: a group's list of partners, or the partner's profile. */
  openLane(laneId: string): void {
    const lane = this.exhibition.lane(laneId);
    if (lane?.kind === 'group') this.ui.openGroup(lane.id);
    else if (lane?.kind === 'partner' && lane.partnerIds[0]) this.ui.openPartner(lane.partnerIds[0]);
  }

  /** The images of the gallery's collection that exist, for the viewer. */
  galleryImageIds(): string[] {
    const index = this.exhibition.index;
    return index?.knownImageIds(index.collection?.images ?? []) ?? [];
  }

  /** The viewer paged: the gallery follows it. */
  viewerPaged(index: number): void {
    if (this.ui.viewer) this.ui.viewer = { ...this.ui.viewer, index };
    if (this.mode === 'gallery') this.galleryIndex = index;
  }

  /** Idle countdown ran out: the next visitor finds the start (language, view, filters, overlays, zoom). */
  resetVisitorSession(): void {
    this.session.reset();
    this.ui.closeAll();
    this.galleryIndex = 0;
    this.idleResets += 1;
  }

  /** The first touch after the attract loop opens what it was showing. */
  openAttractSlide(slide: AttractSlide): void {
    if (slide.kind === 'event') {
      this.ui.openEvent(slide.eventId);
      return;
    }
    const index = this.exhibition.index;
    const collection = index?.manifest.collections.find((candidate) => candidate.id === slide.collectionId);
    const shown = index?.knownImageIds(collection?.images ?? []) ?? [];
    this.ui.openViewer(shown, Math.max(0, shown.indexOf(slide.imageId)));
  }

  /** A picture of the first screen's strip: its event, its partner, or the picture in the viewer with its collection. */
  openPicture(picture: FeaturedPicture): void {
    if (picture.kind === 'event') {
      this.ui.openEvent(picture.eventId);
      return;
    }
    if (picture.kind === 'partner') {
      this.ui.openPartner(picture.partnerId);
      return;
    }
    this.openAttractSlide({ kind: 'image', imageId: picture.imageId, collectionId: picture.collectionId, index: 0 });
  }

  /** Escape closes the topmost overlay (keyboard users). */
  closeTopmost(): void {
    if (this.ui.viewer) this.ui.closeViewer();
    else if (this.ui.panel) this.ui.closePanel();
  }
}

/** What the visitor has opened over the timeline. */
export type Panel =
  | { kind: 'event'; id: string }
  | { kind: 'partner'; id: string }
  | { kind: 'group'; laneId: string };

/** The full-screen image viewer: the images it pages through and which one shows. */
export interface ViewerState {
  imageIds: string[];
  index: number;
}

/**
 * Overlays opened by the visitor. One panel at a time (opening another replaces it), the image viewer above
 * it; `closeAll` always brings the bare timeline back, so nobody gets stuck.
 */
export class KioskUi {
  panel = $state.raw<Panel | undefined>(undefined);
  viewer = $state.raw<ViewerState | undefined>(undefined);
  /** Set when the visitor came from the gallery („In der Zeitleiste zeigen“): offers the way back to it. */
  returnToGallery = $state(false);

  openEvent(id: string): void {
    this.panel = { kind: 'event', id };
  }
  openPartner(id: string): void {
    this.panel = { kind: 'partner', id };
  }
  openGroup(laneId: string): void {
    this.panel = { kind: 'group', laneId };
  }
  openViewer(imageIds: string[], index: number): void {
    if (imageIds.length > 0) this.viewer = { imageIds, index: Math.max(0, Math.min(imageIds.length - 1, index)) };
  }
  closePanel(): void {
    this.panel = undefined;
  }
  closeViewer(): void {
    this.viewer = undefined;
  }
  closeAll(): void {
    this.viewer = undefined;
    this.panel = undefined;
    this.returnToGallery = false;
  }
}

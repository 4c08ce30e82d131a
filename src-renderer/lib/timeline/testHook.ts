/**
 * The view of the timeline for end-to-end tests and the benchmark: a function on `window`, installed once per
 * timeline and read only when a test asks, so production pays nothing per frame (no read-out attributes).
 */
import type { TimelineSnapshot } from './timelineState.svelte';

declare global {
  interface Window {
    /** The live view of the timeline on screen; absent while none is shown. */
    __kioskTimeline?: () => TimelineSnapshot;
  }
}

/**
 * Installs `read` as `window.__kioskTimeline`.
 * @returns Removes it again (only if it is still this timeline's).
 */
export function installTimelineHook(read: () => TimelineSnapshot): () => void {
  window.__kioskTimeline = read;
  return () => {
    if (window.__kioskTimeline === read) delete window.__kioskTimeline;
  };
}

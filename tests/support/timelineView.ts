/**
 * The timeline's live view as the renderer reports it to tests: through `window.__kioskTimeline()`
 * (src-renderer/lib/timeline/testHook.ts), read on demand, never through attributes written per frame.
 */
import { expect, type Page } from '@playwright/test';

/** Zoom (px per year), offsets (px), zoom level and whether a gesture or animation runs. */
export interface TimelineView {
  k: number;
  x: number;
  y: number;
  level: number;
  moving: boolean;
}

/** The view now, or `null` while no timeline is shown. Browser-side code as a string: no DOM types here. */
export async function peekTimelineView(page: Page): Promise<TimelineView | null> {
  return (await page.evaluate('window.__kioskTimeline ? window.__kioskTimeline() : null')) as TimelineView | null;
}

/** The view now; fails when no timeline is shown. */
export async function timelineView(page: Page): Promise<TimelineView> {
  const view = await peekTimelineView(page);
  if (!view) throw new Error('no timeline on screen');
  return view;
}

/** Waits until a timeline is shown and animations and flings have come to rest; returns its view. */
export async function settledTimeline(page: Page, timeout?: number): Promise<TimelineView> {
  await expect.poll(async () => (await peekTimelineView(page))?.moving, { timeout }).toBe(false);
  return timelineView(page);
}

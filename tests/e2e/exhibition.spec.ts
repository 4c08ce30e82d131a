import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { partialDateEnd, partialDateStart } from '../../src-shared/partialDate';
import { readManifest } from '../../scripts/generate-placeholders';
import type { BundleManifest } from '../../src-shared/bundleSchema';
import { type KioskPreview, ORIENTATIONS, serveBundle } from '../support/kioskPreview';
import { settledTimeline } from '../support/timelineView';
import { DEVELOPER_WORDS, imagesSettled, visibleImageCount, visitorWords } from '../support/visitorDom';

/**
 * Issue 12, measured on every default bundle in both orientations: what a visitor finds on the first screen
 * (pictures, the data's time span, no empty lane, whole highlighted titles, no developer words) and what large text
 * does to the timeline.
 */
const BUNDLES = ['siegen-wittgenstein-emek-hefer', 'landkreis-harz', 'landkreis-kassel'];
const FIRST_LOAD = { timeout: 60_000 };
const MS_PER_YEAR = 365.2425 * 86_400_000;

/** First and last dated item (events, partnerships) and today, in fractional calendar years. */
function dataYears(manifest: BundleManifest, nowMs: number): { first: number; last: number } {
  const starts = [...manifest.events.map((event) => event.date), ...manifest.partners.flatMap((partner) => partner.since ?? [])];
  const ends = [...manifest.events.map((event) => event.end ?? event.date), ...manifest.partners.flatMap((partner) => partner.until ?? [])];
  const year = (ms: number) => 1970 + ms / MS_PER_YEAR;
  return {
    first: Math.min(...starts.map((date) => year(partialDateStart(date)))),
    last: Math.max(year(nowMs), ...ends.filter((date) => date !== '..').map((date) => year(partialDateEnd(date)))),
  };
}

/** The visible years of the timeline now (window.__kioskTimeline). */
async function visibleYears(page: Page): Promise<[number, number]> {
  await settledTimeline(page);
  return (await page.evaluate('window.__kioskTimeline().visibleYears')) as [number, number];
}

/** Lanes (by id) whose band shows nothing: no mark, bar or note of what is known inside the visible surface. */
async function emptyLanes(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const surface = document.querySelector('[data-testid="timeline-surface"]').getBoundingClientRect();
    const content = [...document.querySelectorAll('[data-testid="timeline-surface"] .mark, [data-testid="timeline-surface"] .span, [data-testid="timeline-surface"] .lane-facts')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.right > surface.left && box.left < surface.right);
    return [...document.querySelectorAll('[data-testid="timeline-surface"] .lane[data-lane]')]
      .filter((lane) => {
        const band = lane.getBoundingClientRect();
        return !content.some((box) => box.bottom > band.top && box.top < band.bottom);
      })
      .map((lane) => lane.getAttribute('data-lane'));
  })()`)) as string[];
}

/** Label texts of the highlighted single events on screen, with whether each is shown whole. */
async function highlightedLabels(page: Page): Promise<Array<{ id: string; label: string }>> {
  return (await page.evaluate(`[...document.querySelectorAll('.mark.single.highlight[data-label]')]
    .map((mark) => ({ id: mark.getAttribute('data-mark-key'), label: mark.getAttribute('data-label') }))`)) as Array<{ id: string; label: string }>;
}

/** Computed font size of the timeline's event labels, px. */
async function labelFontSize(page: Page): Promise<number> {
  return (await page.evaluate(`parseFloat(getComputedStyle(document.querySelector('.mark.single[data-label]'), '::after').fontSize)`)) as number;
}

for (const bundleId of BUNDLES) {
  test.describe(bundleId, () => {
    // One preview per bundle for both orientations: the photos' display sizes are made once.
    let preview: KioskPreview;
    test.beforeAll(async () => {
      preview = await serveBundle(bundleId);
    });
    test.afterAll(async () => preview.cleanup());

    for (const orientation of ORIENTATIONS) {
      test(`${orientation.name}: first screen with pictures, the data’s time span, no empty lane, whole highlighted titles, visitor words only; large text`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.setViewportSize(orientation.viewport);
        const manifest = await readManifest(path.resolve('content', bundleId));
        {
          await page.goto(preview.server.url);
          await expect(page.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
          const start = manifest.startView ?? 'timeline';
          await expect(page.getByTestId(start === 'partners' ? 'partners-view' : 'timeline')).toBeVisible();
          await imagesSettled(page);
          if (manifest.images.length >= 3) expect(await visibleImageCount(page)).toBeGreaterThanOrEqual(3);
          for (const words of await visitorWords(page)) expect(words).not.toMatch(DEVELOPER_WORDS);
          // The first screen (picture strip and timeline, or the partners view) stays clean for axe.
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

          if (start !== 'timeline') await page.getByTestId('mode-timeline').tap();
          const nowMs = Date.now();
          const data = dataYears(manifest, nowMs);
          const [from, to] = await visibleYears(page);
          // The overview starts shortly before the first dated item and ends shortly after the last (or today).
          // Margins of at most 15 % of the visible span: a start fixed at 1960 would leave half of it empty for 1995.
          expect(from).toBeLessThanOrEqual(data.first);
          expect(data.first - from).toBeLessThan((to - from) * 0.15);
          expect(to).toBeGreaterThanOrEqual(data.last - 0.1);
          expect(to - data.last).toBeLessThan((to - from) * 0.15);
          expect(await emptyLanes(page)).toEqual([]);

          const highlighted = manifest.events.filter((event) => event.highlight);
          for (const { id, label } of await highlightedLabels(page)) {
            const event = highlighted.find((item) => item.id === id);
            expect(label, id).not.toMatch(/…$/);
            // Whole, on one line or broken onto two.
            if (event) expect(label.replace(/\n/g, ' ')).toBe(typeof event.title === 'string' ? event.title : event.title.de);
          }
          for (const words of await visitorWords(page)) expect(words).not.toMatch(DEVELOPER_WORDS);

          const normal = await labelFontSize(page);
          await page.getByTestId('accessibility-button').tap();
          await page.getByTestId('pref-largeText').tap();
          await page.keyboard.press('Escape');
          await expect.poll(() => labelFontSize(page)).toBeGreaterThanOrEqual(normal * 1.2);
        }
      });
    }
  });
}

import { expect, test } from '@playwright/test';
import { attachShot as shot, ORIENTATIONS, serveBundle } from '../support/kioskPreview';
import { peekTimelineView, settledTimeline } from '../support/timelineView';

/** The shipped bundles, explored by finger in both orientations. */
const BUNDLES = ['siegen-wittgenstein-emek-hefer', 'landkreis-harz', 'landkreis-kassel'];

for (const bundleId of BUNDLES) {
  for (const orientation of ORIENTATIONS) {
    test.describe(`${bundleId} ${orientation.name}`, () => {
      test.use({ viewport: orientation.viewport });

      test('renders, opens a partner, zooms to a decade and opens an event; never stuck', async ({ page }, testInfo) => {
        const { server, cleanup } = await serveBundle(bundleId);
        try {
          await page.goto(server.url);
          // A bundle thin on dates starts with its partners (manifest startView); the timeline is one touch away.
          await expect(page.getByTestId('timeline').or(page.getByTestId('partners-view'))).toBeVisible();
          if (await page.getByTestId('partners-view').isVisible()) await page.getByTestId('mode-timeline').tap();
          await expect(page.locator('[data-mark-key]').first()).toBeVisible();
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-overview`);

          await page.locator('[data-lane-id]').last().tap();
          const sheet = page.locator('[role="dialog"]');
          await expect(sheet).toBeVisible();
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-profile`);
          await sheet.getByRole('button', { name: 'Schließen' }).first().tap();
          await expect(sheet).toHaveCount(0);

          // The first decade of the bundle's own time span (the overview fits the content).
          await page.locator('[data-testid^="decade-"]').first().tap();
          await settledTimeline(page);
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-1990s`);
          const surface = (await page.getByTestId('timeline-surface').boundingBox())!;
          let target: { x: number; y: number } | undefined;
          for (const mark of await page.locator('.mark.single').all()) {
            const box = await mark.boundingBox();
            if (!box) continue;
            const x = box.x + box.width / 2;
            const y = box.y + box.height / 2;
            if (x > surface.x + 30 && x < surface.x + surface.width - 30 && y > surface.y + 40 && y < surface.y + surface.height - 60) {
              target = { x, y };
              break;
            }
          }
          if (target) {
            await page.touchscreen.tap(target.x, target.y);
            await expect(page.getByTestId('event-detail')).toBeVisible();
            await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-detail`);
            await page.getByTestId('event-detail-close').tap();
          }
          await page.getByTestId('timeline-start').tap();
          await expect.poll(async () => (await peekTimelineView(page))?.level).toBe(0);
        } finally {
          await cleanup();
        }
      });
    });
  }
}

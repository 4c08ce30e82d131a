import { expect, test } from '@playwright/test';
import { attachShot as shot, ORIENTATIONS, serveBundle } from '../support/kioskPreview';

/** Every default bundle: its countries (Israel … Vietnam) must all be on the map. */
const BUNDLES = [
  { id: 'landkreis-harz', single: 'wernigerode-hoi-an', cluster: 'osterwieck-les-grandes-ventes', unplaced: 'halberstadt-villars' },
  { id: 'landkreis-kassel', single: 'dane-county', cluster: undefined, unplaced: 'gemeinden-forli-cesena' },
  { id: 'siegen-wittgenstein-emek-hefer', single: 'emek-hefer', cluster: undefined, unplaced: undefined },
];

for (const bundle of BUNDLES) {
  for (const orientation of ORIENTATIONS) {
    test.describe(`map ${bundle.id} ${orientation.name}`, () => {
      test.use({ viewport: orientation.viewport });

      test('every partner reachable; tap → profile and the timeline filtered to it', async ({ page }, testInfo) => {
        test.setTimeout(60_000);
        const { server, cleanup } = await serveBundle(bundle.id);
        try {
          await page.goto(server.url);
          // Kassel opens on its partners (startView, issue 12): count the lanes on the timeline itself.
          await page.getByTestId('mode-timeline').tap();
          await expect(page.locator('[data-lane-id]').first()).toBeVisible();
          const allLanes = await page.locator('[data-lane-id]').count();
          await page.getByTestId('mode-map').tap();
          await expect(page.getByTestId('partner-map')).toBeVisible();
          const area = (await page.locator('.map-area').boundingBox())!;
          // Every marker lies inside the map area.
          for (const marker of await page.locator('[data-partner-ids]').all()) {
            const box = (await marker.boundingBox())!;
            expect(box.x + box.width / 2).toBeGreaterThan(area.x);
            expect(box.x + box.width / 2).toBeLessThan(area.x + area.width);
            expect(box.y + box.height / 2).toBeGreaterThan(area.y);
            expect(box.y + box.height / 2).toBeLessThan(area.y + area.height);
          }
          await page.waitForTimeout(300);
          await shot(page, testInfo, `map-${bundle.id}-${orientation.name}`);

          if (bundle.unplaced) await expect(page.getByTestId(`map-list-${bundle.unplaced}`)).toContainText('ohne Kartenpunkt');

          if (bundle.cluster) {
            await page.locator(`[data-partner-ids~="${bundle.cluster}"]`).tap();
            await expect(page.getByTestId('map-cluster')).toBeVisible();
            await shot(page, testInfo, `map-${bundle.id}-${orientation.name}-cluster`);
            await page.getByTestId('map-cluster-close').tap();
            await expect(page.getByTestId('map-cluster')).toHaveCount(0);
          }

          await page.locator(`[data-partner-ids="${bundle.single}"]`).tap();
          await expect(page.getByTestId('partner-profile')).toBeVisible();
          await expect(page.getByTestId('timeline')).toBeVisible();
          await expect(page.getByTestId('filter-indicator')).toBeVisible();
          // The partner's own lane alone: the home lane appears only where events belong to it alone (issue 12).
          await expect(page.locator('[data-lane-id]')).toHaveCount(1);
          await shot(page, testInfo, `map-${bundle.id}-${orientation.name}-filtered`);
          await page.getByTestId('partner-profile-close').tap();
          await page.getByTestId('filter-clear').tap();
          await expect(page.getByTestId('filter-indicator')).toHaveCount(0);
          await expect(page.locator('[data-lane-id]')).toHaveCount(allLanes);
        } finally {
          await cleanup();
        }
      });
    });
  }
}

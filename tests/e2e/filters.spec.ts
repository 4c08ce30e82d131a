import { expect, test } from '@playwright/test';
import { attachShot as shot, ORIENTATIONS, serveBundle } from '../support/kioskPreview';

for (const orientation of ORIENTATIONS) {
  test.describe(`filters ${orientation.name}`, () => {
    test.use({ viewport: orientation.viewport });

    test('theme and country chips narrow the timeline; „Alle zeigen“ brings everything back', async ({ page }, testInfo) => {
      test.setTimeout(60_000);
      const { server, cleanup } = await serveBundle('landkreis-harz');
      try {
        // The map's code is held back until the test lets it through: the moment it is still loading is where the
        // mode bar used to jump up under the finger (CI 2026-11-29: a tap meant for „Zeitleiste“ hit the map).
        let releaseMap = (): void => undefined;
        const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
        await page.route(/PartnerMap-[^/]*\.js$/, async (route) => {
          await mapHeld;
          await route.continue();
        });
        await page.goto(server.url);
        const lanes = page.locator('[data-lane-id]');
        await expect(lanes.first()).toBeVisible();
        const allLanes = await lanes.count();
        await expect(page.getByTestId('filter-indicator')).toHaveCount(0);

        await page.getByTestId('filter-open').tap();
        await expect(page.getByTestId('filter-sheet')).toBeVisible();
        await page.getByTestId('filter-chip-themes-Jugend').tap();
        await expect(page.getByTestId('filter-chip-themes-Jugend')).toHaveAttribute('aria-pressed', 'true');
        await shot(page, testInfo, `filters-${orientation.name}-sheet`);
        await page.getByTestId('filter-sheet-done').tap();
        await expect(page.getByTestId('filter-sheet')).toHaveCount(0);
        await expect(page.getByTestId('filter-indicator')).toContainText('Jugend');
        const jugendLanes = await lanes.count();
        expect(jugendLanes).toBeLessThan(allLanes);
        await shot(page, testInfo, `filters-${orientation.name}-jugend`);

        // A country narrows further (France and Jugend); the chip toggles off again.
        await page.getByTestId('filter-open').tap();
        await page.getByTestId('filter-chip-countries-FR').tap();
        await page.getByTestId('filter-scrim').tap({ position: { x: 500, y: 60 } });
        await expect(page.getByTestId('filter-indicator')).toContainText('Frankreich');
        expect(await lanes.count()).toBeLessThanOrEqual(jugendLanes);
        await page.getByTestId('filter-open').tap();
        await page.getByTestId('filter-chip-countries-FR').tap();
        await expect(page.getByTestId('filter-chip-countries-FR')).toHaveAttribute('aria-pressed', 'false');
        await page.getByTestId('filter-sheet-done').tap();
        await expect(lanes).toHaveCount(jugendLanes);

        // One tap on „Alle zeigen“ and the whole timeline is back.
        await page.getByTestId('filter-clear').tap();
        await expect(page.getByTestId('filter-indicator')).toHaveCount(0);
        await expect(lanes).toHaveCount(allLanes);

        // Filters survive a look at the map and back, and the mode switch always leads home.
        await page.getByTestId('filter-open').tap();
        await page.getByTestId('filter-chip-partnerIds-iasi').tap();
        await page.getByTestId('filter-sheet-done').tap();
        // Only Iași's own lane: the home lane is shown only where events belong to it alone (issue 12).
        await expect(lanes).toHaveCount(1);
        const barBefore = await page.getByTestId('mode-switch').boundingBox();
        await page.getByTestId('mode-map').tap();
        await expect(page.getByTestId('view-loading')).toBeVisible();
        expect(await page.getByTestId('mode-switch').boundingBox()).toEqual(barBefore);
        releaseMap();
        await expect(page.getByTestId('partner-map')).toBeVisible();
        expect(await page.getByTestId('mode-switch').boundingBox()).toEqual(barBefore);
        await page.getByTestId('mode-timeline').tap();
        await expect(page.getByTestId('filter-indicator')).toBeVisible();
        await expect(lanes).toHaveCount(1);
      } finally {
        await cleanup();
      }
    });
  });
}

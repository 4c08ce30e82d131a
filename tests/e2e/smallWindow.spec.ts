import { expect, test } from '@playwright/test';
import { serveBundle } from '../support/kioskPreview';

/**
 * The exhibition in a laptop's browser window (the browser route of `npm start`, a curator's look before a
 * visit): the kiosk's screens are 1920 × 1080 and 1080 × 1920, but a 1280 × 720 window must still show the
 * pictures, a timeline with room for a lane, and the whole mode bar.
 */
test.use({ viewport: { width: 1280, height: 720 } });

test('a 1280 × 720 window keeps room for the timeline and the whole mode bar', async ({ page }) => {
  const { server, cleanup } = await serveBundle('landkreis-harz');
  try {
    await page.goto(server.url);
    await expect(page.locator('[data-lane-id]').first()).toBeVisible();
    await expect(page.getByTestId('picture-strip')).toBeVisible();
    const surface = await page.getByTestId('timeline-surface').boundingBox();
    // One lane of marks with its labels, the era strip and the axis (before: 73 px, no lane fitted).
    expect(surface!.height).toBeGreaterThanOrEqual(160);
    for (const id of ['mode-timeline', 'mode-partners', 'mode-map', 'filter-open']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(720);
    }
    // The timeline still works by touch there: a lane label opens its partner.
    await page.locator('[data-lane-id]').first().tap();
    await expect(page.getByRole('dialog')).toBeVisible();
  } finally {
    await cleanup();
  }
});

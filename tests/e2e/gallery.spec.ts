import { expect, test } from '@playwright/test';
import { attachShot as shot, ORIENTATIONS, serveBundle } from '../support/kioskPreview';
import { Touch } from '../support/touchGestures';

for (const orientation of ORIENTATIONS) {
  test.describe(`gallery ${orientation.name}`, () => {
    test.use({ viewport: orientation.viewport });

    test('swipe, fling, buttons, viewer, „In der Zeitleiste zeigen“ and back', async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      const { server, cleanup } = await serveBundle('siegen-wittgenstein-emek-hefer');
      try {
        await page.goto(server.url);
        await page.getByTestId('mode-gallery').tap();
        const counter = page.getByTestId('gallery-counter');
        await expect(counter).toHaveText('1 / 50');
        await expect(page.getByTestId('gallery-placeholder')).toBeVisible();
        await expect(page.getByTestId('gallery-caption')).toContainText('Platzhalter – Bild 1 von 50');
        await expect(page.getByTestId('gallery-year')).toHaveText('2023');
        await shot(page, testInfo, `gallery-${orientation.name}-first`);

        const touch = await Touch.on(page);
        const stage = (await page.getByTestId('gallery-stage').boundingBox())!;
        const cy = stage.y + stage.height / 2;
        const cx = stage.x + stage.width / 2;
        // A long, slow drag to the left turns to the next image.
        await touch.drag({ x: cx + stage.width * 0.3, y: cy }, { x: cx - stage.width * 0.1, y: cy }, { steps: 20, stepMs: 30, holdMs: 150 });
        await expect(counter).toHaveText('2 / 50');
        // A short, fast fling is enough, too.
        await touch.drag({ x: cx + 60, y: cy }, { x: cx - 60, y: cy }, { steps: 6, stepMs: 16 });
        await expect(counter).toHaveText('3 / 50');
        // A short slow drag snaps back.
        await touch.drag({ x: cx, y: cy }, { x: cx - 80, y: cy }, { steps: 16, stepMs: 30, holdMs: 200 });
        await expect(counter).toHaveText('3 / 50');
        // Swiping right goes back.
        await touch.drag({ x: cx - 200, y: cy }, { x: cx + 300, y: cy }, { steps: 12, stepMs: 16 });
        await expect(counter).toHaveText('2 / 50');
        // Chromium sometimes synthesises no click for the first tap after a scripted CDP fling (seen under load
        // even a second later); tap again only while the page has not turned, so a slow tap never pages twice.
        await expect(async () => {
          if ((await counter.textContent()) === '2 / 50') await page.getByTestId('gallery-next').tap();
          await expect(counter).toHaveText('3 / 50', { timeout: 1000 });
        }).toPass({ timeout: 10_000 });
        await page.getByTestId('gallery-next').tap();
        await expect(counter).toHaveText('4 / 50');
        await expect(page.getByTestId('gallery-current')).toHaveAttribute('data-image-id', 'bild-04');
        await page.waitForTimeout(400);
        await shot(page, testInfo, `gallery-${orientation.name}-fourth`);

        // Tap → full-screen viewer at the same image; paging there moves the gallery along.
        await touch.tap({ x: cx, y: cy });
        await expect(page.getByTestId('image-viewer')).toBeVisible();
        await expect(page.getByTestId('image-stage')).toHaveAttribute('data-index', '3');
        await page.getByTestId('image-next').tap();
        await expect(page.getByTestId('image-stage')).toHaveAttribute('data-index', '4');
        await page.getByTestId('image-viewer-close').tap();
        await expect(page.getByTestId('image-viewer')).toHaveCount(0);
        await expect(counter).toHaveText('5 / 50');

        // „In der Zeitleiste zeigen“: bild-05 belongs to the partner → its profile over the timeline.
        await page.getByTestId('gallery-show-in-timeline').tap();
        await expect(page.getByTestId('timeline')).toBeVisible();
        await expect(page.getByTestId('partner-profile')).toBeVisible();
        await shot(page, testInfo, `gallery-${orientation.name}-in-timeline`);
        await page.getByTestId('partner-profile-close').tap();
        await expect(page.getByTestId('back-to-gallery')).toBeVisible();
        await page.getByTestId('back-to-gallery').tap();
        await expect(counter).toHaveText('5 / 50');

        // The first image belongs to an event: its detail opens.
        for (let i = 0; i < 4; i += 1) await page.getByTestId('gallery-previous').tap();
        await expect(counter).toHaveText('1 / 50');
        await page.getByTestId('gallery-show-in-timeline').tap();
        await expect(page.getByTestId('event-detail')).toBeVisible();
        await page.getByTestId('event-detail-close').tap();
        await page.getByTestId('back-to-gallery').tap();
        await expect(counter).toHaveText('1 / 50');
        // Back to the timeline by the mode switch: no dead end.
        await page.getByTestId('mode-timeline').tap();
        await expect(page.getByTestId('timeline')).toBeVisible();
        await expect(page.getByTestId('back-to-gallery')).toHaveCount(0);
      } finally {
        await cleanup();
      }
    });
  });
}

import { expect, test } from '@playwright/test';
import { attachShot as shot, ORIENTATIONS, serveBundle } from '../support/kioskPreview';

/**
 * The partners view of a bundle with one partner (Siegen-Wittgenstein and Emek Hefer): one wide card with a large
 * picture, the whole summary and the partner's facts, instead of one small card on an empty page; with many
 * partners (Harz) the cards stay small.
 */
for (const orientation of ORIENTATIONS) {
  test.describe(`partners view ${orientation.name}`, () => {
    test.use({ viewport: orientation.viewport });

    test('one partner fills the view with its picture, summary and facts; the card opens the profile', async ({ page }, testInfo) => {
      const { server, cleanup } = await serveBundle('siegen-wittgenstein-emek-hefer');
      try {
        await page.goto(server.url);
        await page.getByTestId('mode-partners').tap();
        const view = page.getByTestId('partners-view');
        await expect(view).toContainText('1 Partnerschaft');
        await expect(view).not.toContainText('1 Partnerschaften');
        const card = page.getByTestId('partner-card-emek-hefer');
        await expect(card).toContainText('Sieben Jahre Studienreisen und Jugendaustausch');
        await expect(card).toContainText('Mehr erfahren');
        const [cardBox, viewBox] = [await card.boundingBox(), await view.boundingBox()];
        expect(cardBox!.width).toBeGreaterThan(0.9 * viewBox!.width);
        // The picture is the large display size, and takes a large part of the screen.
        const picture = card.locator('img');
        await expect(picture).toHaveAttribute('src', /screen/);
        expect((await picture.boundingBox())!.width).toBeGreaterThan(0.4 * orientation.viewport.width);
        await shot(page, testInfo, `partners-${orientation.name}-featured`);
        await card.tap();
        await expect(page.getByRole('dialog')).toContainText('Emek Hefer');
      } finally {
        await cleanup();
      }
    });
  });
}

test('with many partners the cards stay small, several in a row', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const { server, cleanup } = await serveBundle('landkreis-harz');
  try {
    await page.goto(server.url);
    await page.getByTestId('mode-partners').tap();
    const first = page.getByTestId('partners-view').locator('button.card').first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox())!.width).toBeLessThan(700);
    await expect(first).not.toContainText('Mehr erfahren');
  } finally {
    await cleanup();
  }
});

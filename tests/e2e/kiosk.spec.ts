import { expect, test } from '@playwright/test';

test.describe('kiosk in the browser preview (touch)', () => {
  test('shows the bundle title and opens a partner profile on tap', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('exhibition-title')).toHaveText('50 Jahre – 50 Bilder');
    await expect(page.getByTestId('partner-profile')).toHaveCount(0);

    await page.getByTestId('partner-emek-hefer').tap();
    const profile = page.getByTestId('partner-profile');
    await expect(profile).toBeVisible();
    await expect(profile).toContainText('erste Partnerschaft zwischen zwei Kreisen');
    await expect(page.getByTestId('partner-emek-hefer')).toHaveAttribute('aria-pressed', 'true');

    await testInfo.attach('kiosk-1920x1080', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('serves no file from outside the bundle', async ({ request }) => {
    const inside = await request.get('/bundle/bundle.yaml');
    expect(inside.status()).toBe(200);
    const outside = await request.get('/bundle/..%2f..%2fpackage.json');
    expect(outside.status()).toBe(404);
  });

  test('sends a Content-Security-Policy with the document', async ({ request }) => {
    const response = await request.get('/');
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  });
});

import { expect, test } from '@playwright/test';
import path from 'node:path';
import type { PreviewServer } from '../../src-main/preview/previewServer';
import { startKioskPreview } from '../support/kioskPreview';
import { enterPin, longPress } from '../support/curatorGestures';
import { setPin } from '../../src-main/kiosk/setPinCommand';

/** There is no default PIN: the test sets one the way the IT department does (`--set-pin`). */
const PIN = '5820';

let server: PreviewServer;
let cleanup: () => Promise<void>;

// Each run gets its own kiosk data folder, so activations here never leak into other tests.
test.beforeAll(async () => {
  const preview = await startKioskPreview(undefined, {}, [path.resolve('tests', 'fixtures', 'usb')]);
  server = preview.server;
  cleanup = preview.cleanup;
  const said: string[] = [];
  const io = { out: (line: string) => said.push(line), err: (line: string) => said.push(line), ask: async () => undefined };
  if ((await setPin(preview.dataDir, PIN, io)) !== 0) throw new Error(said.join('\n'));
});
test.afterAll(async () => {
  await cleanup();
});

test.describe('curator mode by touch in the preview host', () => {
  test('a short touch in the corner does nothing; a long press asks for the PIN; a wrong PIN is refused', async ({ page }) => {
    await page.goto(server.url);
    await expect(page.getByTestId('admin-corner')).toBeAttached();
    await longPress(page, 20, 20, 500);
    await expect(page.getByTestId('admin-pinpad')).toHaveCount(0);
    await longPress(page, 20, 20, 3300);
    await expect(page.getByTestId('admin-pinpad')).toBeVisible();
    await enterPin(page, '0000');
    await expect(page.getByTestId('admin-pinpad')).toContainText('nicht richtig');
    await page.getByTestId('pin-cancel').tap();
    await expect(page.getByTestId('admin-pinpad')).toHaveCount(0);
  });

  test('checks a broken and a good bundle from a USB stick, previews and activates the good one, rolls back', async ({ page }, testInfo) => {
    // Checking and activating decode every image of a bundle (the default has 54): generous on a 2-core machine.
    test.setTimeout(180_000);
    const slow = { timeout: 60_000 };
    await page.goto(server.url);
    const title = page.getByTestId('exhibition-title');
    await expect(title).toBeVisible();
    const originalTitle = await title.textContent();

    await longPress(page, 20, 20, 3300);
    await enterPin(page, PIN);
    const screen = page.getByTestId('admin-screen');
    await expect(screen).toBeVisible();
    await expect(page.getByTestId('admin-showing')).toContainText(originalTitle ?? '');

    const broken = page.getByTestId('admin-source').filter({ hasText: 'kaputt' });
    await broken.getByRole('button', { name: 'Prüfen' }).tap();
    const report = page.getByTestId('admin-report');
    await expect(report).toHaveAttribute('data-ok', 'false', slow);
    await expect(report).toContainText('events[0].date');
    await expect(report).toContainText('31.02.2023');
    await expect(page.getByTestId('admin-activate')).toHaveCount(0);
    await testInfo.attach('admin-report-broken', { body: await page.screenshot(), contentType: 'image/png' });

    const good = page.getByTestId('admin-source').filter({ hasText: 'ausstellung-test' });
    await good.getByRole('button', { name: 'Prüfen' }).tap();
    await expect(report).toHaveAttribute('data-ok', 'true', slow);

    await page.getByTestId('admin-preview').tap();
    await expect(page.getByTestId('admin-preview-banner')).toBeVisible();
    await expect(title).toHaveText('Testausstellung vom Stick');
    await testInfo.attach('admin-preview', { body: await page.screenshot(), contentType: 'image/png' });
    await page.getByTestId('admin-preview-banner').getByRole('button', { name: 'Zurück zur Verwaltung' }).tap();
    await expect(title).toHaveText(originalTitle ?? '');

    await good.getByRole('button', { name: 'Prüfen' }).tap();
    await page.getByTestId('admin-activate').tap();
    await expect(page.getByTestId('admin-message')).toContainText('wird jetzt gezeigt', slow);
    await expect(page.getByTestId('admin-showing')).toContainText('Testausstellung vom Stick');

    await page.getByTestId('admin-lock').tap();
    await expect(screen).toHaveCount(0);
    await expect(title).toHaveText('Testausstellung vom Stick');

    // A fresh page load still shows the activated bundle: it is the library's active version now.
    await page.reload();
    await expect(title).toHaveText('Testausstellung vom Stick');

    // Back to the built-in default by choosing it like any source; then „Zurück“ returns to the stick's bundle.
    await longPress(page, 20, 20, 3300);
    await enterPin(page, PIN);
    const builtIn = page.getByTestId('admin-source').filter({ hasText: 'Mitgeliefert › siegen-wittgenstein-emek-hefer' });
    await builtIn.getByRole('button', { name: 'Prüfen' }).tap();
    await expect(page.getByTestId('admin-activate')).toBeVisible(slow);
    await page.getByTestId('admin-activate').tap();
    // Another exhibition (another bundle id) replaces the one on screen only after the curator confirms.
    const question = page.getByTestId('admin-replace');
    await expect(question).toContainText('ist eine andere Ausstellung als die gezeigte „Testausstellung vom Stick“', slow);
    await expect(page.getByTestId('admin-showing')).toContainText('Testausstellung vom Stick');
    await testInfo.attach('admin-replace-question', { body: await page.screenshot(), contentType: 'image/png' });
    await page.getByTestId('admin-replace-confirm').tap();
    await expect(page.getByTestId('admin-showing')).toContainText('50 Jahre – 50 Bilder', slow);
    await expect(question).toHaveCount(0);
    await page.getByTestId('admin-rollback').tap();
    await expect(page.getByTestId('admin-message')).toContainText('wieder gezeigt', slow);
    await expect(page.getByTestId('admin-showing')).toContainText('Testausstellung vom Stick');
    await page.getByTestId('admin-rollback').tap();
    await expect(page.getByTestId('admin-showing')).toContainText('50 Jahre – 50 Bilder');
    await page.getByTestId('admin-lock').tap();
    await expect(title).toHaveText('50 Jahre – 50 Bilder');
  });
});

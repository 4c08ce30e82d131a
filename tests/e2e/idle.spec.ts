import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { fastForwardIdle } from '../support/idleClock';
import { attachShot, type KioskPreview, startKioskPreview } from '../support/kioskPreview';
import { peekTimelineView, settledTimeline } from '../support/timelineView';

/** The first load may wait while the kiosk prepares image sizes for a fresh data folder (a 2-core machine). */
const FIRST_LOAD = { timeout: 60_000 };

// The shortest idle time the settings allow (15 s) plus the 10 s countdown: each idle cycle takes 25 s of the page's
// time. The page's clock is fast-forwarded through them (Playwright `page.clock`), as the soak does, so the spec
// does not sit through them in real time; the idle controller's own timers fire as they would.
const IDLE_MS = 15_000;
const COUNTDOWN_MS = 10_000;
let preview: KioskPreview;
test.beforeAll(async () => {
  preview = await startKioskPreview(path.resolve('content', 'siegen-wittgenstein-emek-hefer'), { idleTimeoutSeconds: 15 });
});
test.afterAll(async () => preview.cleanup());

test.describe('idle: countdown, reset, attract loop, wake', () => {
  test('a touch during the countdown keeps the visitor’s view', async ({ page }) => {
    test.setTimeout(90_000);
    await page.clock.install();
    await page.goto(preview.server.url);
    await expect(page.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
    await page.getByTestId('language-en').tap();
    const countdown = page.getByTestId('idle-countdown');
    await fastForwardIdle(page, IDLE_MS + 1_000);
    await expect(countdown).toBeVisible();
    await expect(countdown).toHaveAttribute('role', 'status');
    await expect(countdown).toContainText('start over');
    await page.getByTestId('exhibition-title').tap();
    await expect(countdown).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('idle-state')).toHaveAttribute('data-phase', 'active');
  });

  test('countdown → reset of language, display and zoom → attract loop → first touch opens the item showing', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.clock.install();
    await page.goto(preview.server.url);
    await expect(page.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
    const startK = (await settledTimeline(page)).k;
    // The visitor zooms in, switches to English, turns on high contrast, opens an event.
    await page.getByTestId('decade-1990').tap();
    await expect.poll(async () => (await peekTimelineView(page))?.k).not.toBe(startK);
    await page.getByTestId('language-en').tap();
    await page.getByTestId('accessibility-button').tap();
    await page.getByTestId('pref-highContrast').tap();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');

    const countdown = page.getByTestId('idle-countdown');
    await fastForwardIdle(page, IDLE_MS + 500);
    await expect(countdown).toBeVisible();
    await expect(page.getByTestId('idle-seconds')).toHaveText(/^(10|9|8)$/);
    await attachShot(page, testInfo, 'idle-countdown-1920x1080');

    const attract = page.getByTestId('attract');
    await fastForwardIdle(page, COUNTDOWN_MS + 1_000);
    await expect(attract).toBeVisible();
    await expect(attract).toContainText('Berühren zum Entdecken');
    await expect(attract).toContainText('Touch to explore');
    // Reset: German, normal contrast, no overlays, the timeline rebuilt in its start view.
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
    await expect(page.getByTestId('exhibition-title')).toHaveText(/\S/);
    await expect.poll(async () => (await peekTimelineView(page))?.k).toBeCloseTo(startK, 6);
    await expect(page.getByTestId('event-detail')).toHaveCount(0);
    await page.waitForTimeout(2000);
    await attachShot(page, testInfo, 'idle-attract-1920x1080');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.waitForTimeout(1600);
    await attachShot(page, testInfo, 'idle-attract-1080x1920');
    await page.setViewportSize({ width: 1920, height: 1080 });

    // Full motion: the slide's image pans and zooms (transform only).
    await expect(attract.locator('img.kenburns').first()).toBeAttached();
    const kind = await attract.getAttribute('data-slide-kind');
    const caption = (await page.getByTestId('attract-caption').last().locator('.title').textContent())?.trim() ?? '';
    await page.getByTestId('attract-wake').tap();
    await expect(attract).toHaveCount(0);
    if (kind === 'event') {
      await expect(page.getByTestId('event-detail')).toBeVisible();
      await expect(page.locator('#event-detail-title')).toHaveText(caption);
    } else {
      await expect(page.getByTestId('image-viewer')).toBeVisible();
      await expect(page.getByTestId('image-caption')).toContainText(caption);
    }
    expect(kind === 'event' || kind === 'image').toBe(true);
    await attachShot(page, testInfo, 'idle-woken-1920x1080');
  });

  test('reduced motion (system setting): the attract loop fades without pan and zoom', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto(preview.server.url);
    await expect(page.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
    const attract = page.getByTestId('attract');
    await fastForwardIdle(page, IDLE_MS + COUNTDOWN_MS + 1_000);
    await expect(attract).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
    await expect(attract.locator('img').first()).toBeAttached();
    await expect(attract.locator('img.kenburns')).toHaveCount(0);
    await expect(attract.locator('img').first()).toHaveCSS('transform', 'none');
    await attachShot(page, testInfo, 'idle-attract-reduced-motion-1920x1080');
    // A key wakes the kiosk as well (for those who bring a keyboard) and opens the item showing.
    await page.keyboard.press('Enter');
    await expect(attract).toHaveCount(0);
    await expect(page.getByTestId('event-detail').or(page.getByTestId('image-viewer')).first()).toBeVisible();
  });
});

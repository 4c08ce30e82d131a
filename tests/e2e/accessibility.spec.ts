import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { attachShot, type KioskPreview, startKioskPreview } from '../support/kioskPreview';
import { longPress } from '../support/curatorGestures';
import { timelineView } from '../support/timelineView';

/** The first load may wait while the kiosk prepares image sizes for a fresh data folder (a 2-core machine). */
const FIRST_LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 90_000 });

let preview: KioskPreview;
test.beforeAll(async () => {
  preview = await startKioskPreview(path.resolve('content', 'siegen-wittgenstein-emek-hefer'));
});
test.afterAll(async () => preview.cleanup());

/** axe-core on the page as it is; fails with the serious or critical violations listed. */
async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Let transitions settle so colours are measured at rest.
  await page.waitForTimeout(400);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    name,
  ).toEqual([]);
}

async function setHighContrast(page: Page, on: boolean): Promise<void> {
  await page.getByTestId('accessibility-button').tap();
  const toggle = page.getByTestId('pref-highContrast');
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.tap();
  await page.getByTestId('accessibility-button').tap();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', on ? 'high' : 'normal');
}

for (const contrast of ['normal', 'high'] as const) {
  test(`axe: no serious or critical violations on every visitor view and the PIN pad (${contrast} contrast)`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.goto(preview.server.url);
    await expect(page.locator('[data-mark-key]').first()).toBeVisible(FIRST_LOAD);
    if (contrast === 'high') await setHighContrast(page, true);
    await expectNoSeriousViolations(page, testInfo, `timeline-${contrast}`);
    await attachShot(page, testInfo, `a11y-timeline-${contrast}-1920x1080`);

    await page.getByTestId('accessibility-button').tap();
    await expect(page.getByTestId('accessibility-menu')).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `display-menu-${contrast}`);
    await page.getByTestId('accessibility-button').tap();

    await page.getByTestId('partner-emek-hefer').tap();
    await expect(page.getByTestId('partner-profile')).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `profile-${contrast}`);

    await page.locator('[data-testid^="profile-event-"]').first().tap();
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `event-detail-${contrast}`);
    await attachShot(page, testInfo, `a11y-detail-${contrast}-1920x1080`);

    const image = page.getByTestId('event-image-0');
    if ((await image.count()) > 0) {
      await image.tap();
      await expect(page.getByTestId('image-viewer')).toBeVisible();
      await expectNoSeriousViolations(page, testInfo, `image-viewer-${contrast}`);
      await page.getByTestId('image-viewer-close').tap();
    }
    await page.getByTestId('event-detail-close').tap();

    await longPress(page, 20, 20, 3300);
    await expect(page.getByTestId('admin-pinpad')).toBeVisible();
    await expectNoSeriousViolations(page, testInfo, `pinpad-${contrast}`);
    await page.getByTestId('pin-cancel').tap();
  });
}

test('touch targets: every visible control is at least 48 px, primary controls 64 px, all in the lower part or on panels', async ({ page }) => {
  await page.goto(preview.server.url);
  await expect(page.locator('[data-mark-key]').first()).toBeVisible(FIRST_LOAD);
  // A string, because the Node tsconfig has no DOM types (as in timeline-scale.spec.ts).
  const small = (await page.evaluate(`[...document.querySelectorAll('button, [role="button"], [role="switch"], a[href]')]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('scrim'))
      .map((el) => ({ el, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && (rect.width < 48 || rect.height < 48))
      .map(({ el, rect }) => (el.dataset.testid ?? el.textContent.trim()) + ': ' + Math.round(rect.width) + '×' + Math.round(rect.height))`)) as string[];
  expect(small).toEqual([]);
  for (const id of ['timeline-start', 'timeline-today', 'language-de', 'accessibility-button']) {
    const box = await page.getByTestId(id).boundingBox();
    expect(box?.height ?? 0, id).toBeGreaterThanOrEqual(64);
    // Lower part of the screen: within reach from a wheelchair.
    expect((box?.y ?? 0) + (box?.height ?? 0), id).toBeGreaterThan(1080 * 0.6);
  }
});

test('display modes: high contrast, large text and reduced motion switch live; the system setting counts too', async ({ page }, testInfo) => {
  await page.goto(preview.server.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-motion', 'full');
  await page.getByTestId('accessibility-button').tap();
  await expect(page.getByTestId('accessibility-button')).toHaveAttribute('aria-expanded', 'true');

  const title = page.getByTestId('exhibition-title');
  const before = (await title.boundingBox())?.height ?? 0;
  await page.getByTestId('pref-largeText').tap();
  await expect(page.getByTestId('pref-largeText')).toHaveAttribute('aria-checked', 'true');
  await expect(html).toHaveAttribute('data-text-size', 'large');
  expect((await title.boundingBox())?.height ?? 0).toBeGreaterThan(before * 1.2);

  await page.getByTestId('pref-highContrast').tap();
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');

  await page.getByTestId('pref-reducedMotion').tap();
  await expect(html).toHaveAttribute('data-motion', 'reduced');
  await attachShot(page, testInfo, 'a11y-modes-1920x1080');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.waitForTimeout(500);
  await attachShot(page, testInfo, 'a11y-modes-1080x1920');
  await page.getByTestId('pref-reducedMotion').tap();
  await expect(html).toHaveAttribute('data-motion', 'full');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(html).toHaveAttribute('data-motion', 'reduced');
});

test('keyboard: Tab reaches the controls, Enter activates, arrows pan the timeline, Escape closes overlays', async ({ page }) => {
  await page.goto(preview.server.url);
  await expect(page.locator('[data-mark-key]').first()).toBeVisible(FIRST_LOAD);

  // The first layout may be redone once the label font is measured; start from the settled view.
  await page.waitForTimeout(1500);
  await page.getByTestId('timeline-surface').focus();
  const k0 = (await timelineView(page)).k;
  await page.keyboard.press('+');
  await expect.poll(async () => (await timelineView(page)).k).toBeGreaterThan(k0 * 1.4);
  const x0 = (await timelineView(page)).x;
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await timelineView(page)).x).not.toBe(x0);

  // Tab walks into the visitor's options; Enter switches the language.
  let reached = false;
  for (let step = 0; step < 60 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)) === 'language-en';
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByTestId('partner-emek-hefer').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('partner-profile')).toBeVisible();
  await expect(page.getByTestId('partner-profile')).toHaveAttribute('aria-modal', 'true');
  // Focus moves into the dialog, and back to the lane label when it closes.
  await expect(page.getByTestId('partner-profile')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('partner-profile')).toHaveCount(0);
  await expect(page.getByTestId('partner-emek-hefer')).toBeFocused();
});

import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fastForwardIdle } from '../support/idleClock';
import { type KioskPreview, startKioskPreview } from '../support/kioskPreview';

/**
 * Issue 12: the settings `attract.enabled` and `attract.slideSeconds` reach the renderer, and the attract loop
 * ends on the first touch within one frame. Two kiosks idle side by side (the shortest idle time, 15 s, plus the
 * 10 s countdown); the pages' clocks are fast-forwarded through that wait (Playwright `page.clock`) and then run at
 * real speed, so the slide time is still measured in real time.
 */
const BUNDLE = path.resolve('content', 'siegen-wittgenstein-emek-hefer');
const FIRST_LOAD = { timeout: 60_000 };
/** Idle time plus countdown plus slack, ms of the page's clock. */
const UNTIL_ATTRACT_MS = 15_000 + 10_000 + 1_000;

let fast: KioskPreview;
let off: KioskPreview;
test.beforeAll(async () => {
  [fast, off] = await Promise.all([
    startKioskPreview(BUNDLE, { idleTimeoutSeconds: 15, attract: { slideSeconds: 3 } }),
    startKioskPreview(BUNDLE, { idleTimeoutSeconds: 15, attract: { enabled: false } }),
  ]);
});
test.afterAll(async () => Promise.all([fast.cleanup(), off.cleanup()]));

/** Time from now until the attract loop shows a slide other than `from`, ms (measured in the page). */
function nextSlideAfter(page: Page, from: string | null): Promise<number> {
  return page.evaluate(
    `new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const id = document.querySelector('[data-testid="attract"]')?.getAttribute('data-slide-id');
        if (id !== ${JSON.stringify(from)}) resolve(performance.now() - started);
        else requestAnimationFrame(check);
      };
      check();
    })`,
  ) as Promise<number>;
}

test('attract.slideSeconds sets the slide time, attract.enabled: false keeps the start screen, the first touch ends the loop in one frame', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const [page, quiet] = await Promise.all([context.newPage(), context.newPage()]);
  try {
    await Promise.all([page.clock.install(), quiet.clock.install()]);
    await Promise.all([page.goto(fast.server.url), quiet.goto(off.server.url)]);
    await expect(page.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
    await expect(quiet.getByTestId('exhibition-title')).toBeVisible(FIRST_LOAD);
    await Promise.all([fastForwardIdle(page, UNTIL_ATTRACT_MS), fastForwardIdle(quiet, UNTIL_ATTRACT_MS)]);

    const attract = page.getByTestId('attract');
    await expect(attract).toBeVisible();
    await expect(attract).toHaveAttribute('data-slide-ms', '3000');
    // One full slide: from a change of slide to the next. 3 s, not the 8 s default.
    await nextSlideAfter(page, await attract.getAttribute('data-slide-id'));
    const slideMs = await nextSlideAfter(page, await attract.getAttribute('data-slide-id'));
    expect(slideMs).toBeGreaterThan(2500);
    expect(slideMs).toBeLessThan(4500);

    // Switched off: the idle reset happened, no loop covers the start screen, and the first touch reaches it.
    await expect(quiet.getByTestId('idle-state')).toHaveAttribute('data-phase', 'attract');
    await expect(quiet.getByTestId('attract')).toHaveCount(0);
    await expect(quiet.getByTestId('attract-wake')).toHaveCount(0);
    await quiet.getByTestId('mode-map').tap();
    await expect(quiet.getByTestId('idle-state')).toHaveAttribute('data-phase', 'active');
    await expect(quiet.getByTestId('mode-map')).toHaveAttribute('aria-pressed', 'true');

    // The first touch: the loop is gone from the very next frame, before the finger lifts.
    const hidden = await page.evaluate(`(async () => {
      const wake = document.querySelector('[data-testid="attract-wake"]');
      wake.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch', isPrimary: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const drift = document.querySelector('[data-testid="attract"] .drift');
      return getComputedStyle(drift).visibility;
    })()`);
    expect(hidden).toBe('hidden');
    await page.getByTestId('attract-wake').tap();
    await expect(attract).toHaveCount(0);
    await expect(page.getByTestId('event-detail').or(page.getByTestId('image-viewer')).first()).toBeVisible();
  } finally {
    await context.close();
  }
});

/**
 * Moves a kiosk page's clock (Playwright `page.clock`) through idle time, for the specs of the idle cycle.
 */
import type { Page } from '@playwright/test';

/**
 * Fast-forwards the page's clock by `ms` once the idle handling is running.
 *
 * Why the wait: the idle layer is a lazy chunk, loaded in idle time after the first timeline frame. On a slow
 * machine the exhibition's title can be visible before it has arrived; a jump made then passes before the idle
 * clock starts counting, and the countdown would only begin a whole idle time later (a CI failure, 2026-11-29).
 * `page.clock.fastForward` fires each due timer at most once, which the idle machine allows for: one tick after
 * the jump moves it straight to where the quiet time says it is.
 * @param ms How far to jump, ms of page time.
 */
export async function fastForwardIdle(page: Page, ms: number): Promise<void> {
  await page.getByTestId('idle-state').waitFor({ state: 'attached', timeout: 30_000 });
  await page.clock.fastForward(ms);
}

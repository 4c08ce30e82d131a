import type { Page } from '@playwright/test';

/** A real long press through CDP touch events (Playwright's touchscreen only taps). Coordinates in CSS px. */
export async function longPress(page: Page, x: number, y: number, holdMs: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = { x, y, id: 1, radiusX: 8, radiusY: 8, force: 1 };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.waitForTimeout(holdMs);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Types a PIN on the admin keypad by touch and confirms it. */
export async function enterPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByTestId(`pin-key-${digit}`).tap();
  await page.getByTestId('pin-key-OK').tap();
}

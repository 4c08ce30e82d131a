import { expect, test } from '@playwright/test';

/** Issue 12: a dialog keeps the keyboard focus while it is open and gives it back when it closes. */
test('a sheet traps Tab and Shift+Tab and returns focus to the lane label that opened it', async ({ page }) => {
  await page.goto('/');
  const lane = page.locator('[data-lane-id]').first();
  await expect(lane).toBeVisible({ timeout: 60_000 });
  await lane.focus();
  await page.keyboard.press('Enter');
  const sheet = page.locator('[role="dialog"]');
  await expect(sheet).toBeVisible();
  const insideDialog = () => page.evaluate(`!!document.activeElement?.closest('[role="dialog"]')`);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await insideDialog(), key).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(lane).toBeFocused();
});

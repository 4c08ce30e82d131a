/**
 * Usage statistics end to end (issue 18): a visitor's scripted visit (language, a view switch), the idle reset
 * ends it, and the curator reads the counts back in the admin screen and in the CSV written to a USB stick.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { setPin } from '../../src-main/kiosk/setPinCommand';
import { enterPin, longPress } from '../support/curatorGestures';
import { fastForwardIdle } from '../support/idleClock';
import { type KioskPreview, startKioskPreview } from '../support/kioskPreview';
import { makeTempDir } from '../support/tempDir';

const PIN = '4711';
let preview: KioskPreview;
let usbRoot: string;
let cleanupUsb: () => Promise<void>;

test.beforeAll(async () => {
  ({ dir: usbRoot, cleanup: cleanupUsb } = await makeTempDir('kiosk-usb-'));
  await mkdir(path.join(usbRoot, 'STICK'));
  // The shortest idle time (15 s) and no attract loop: the visit ends 25 s after the last touch.
  preview = await startKioskPreview(path.resolve('content', 'siegen-wittgenstein-emek-hefer'), { idleTimeoutSeconds: 15, attract: { enabled: false } }, [usbRoot]);
  const io = { out: () => undefined, err: () => undefined, ask: async () => undefined };
  if ((await setPin(preview.dataDir, PIN, io)) !== 0) throw new Error('PIN not set');
});
test.afterAll(async () => {
  await preview.cleanup();
  await cleanupUsb();
});

test('a scripted visit is counted in the admin screen and the CSV', async ({ page }) => {
  test.setTimeout(150_000);
  // The page's clock runs at real speed and is fast-forwarded through the idle time (Playwright `page.clock`).
  await page.clock.install();
  await page.goto(preview.server.url);
  await expect(page.getByTestId('exhibition-title')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('language-en').tap();
  await page.getByTestId('mode-partners').tap();
  await page.getByTestId('mode-timeline').tap();
  // The idle reset ends the visit and sends it.
  await fastForwardIdle(page, 15_000 + 10_000 + 1_000);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByTestId('idle-countdown')).toHaveCount(0);

  await longPress(page, 20, 20, 3300);
  await enterPin(page, PIN);
  const stats = page.getByTestId('admin-stats');
  await stats.scrollIntoViewIfNeeded();
  await page.getByTestId('stats-period-week').tap();
  await expect(page.getByTestId('stats-visits')).toHaveText('1');
  await expect(page.getByTestId('stats-languages')).toContainText('en: 1');
  await expect(page.getByTestId('stats-mode-switches')).toHaveText('2');
  await expect(page.getByTestId('stats-per-day').locator('rect[data-value="1"]')).toHaveCount(1);
  await expect(page.getByTestId('stats-per-hour').locator('rect[data-value="1"]')).toHaveCount(1);

  await page.getByTestId('stats-export').first().tap();
  await expect(page.getByTestId('stats-message')).toContainText('liegt jetzt auf');
  const [name] = await readdir(path.join(usbRoot, 'STICK'));
  const csv = await readFile(path.join(usbRoot, 'STICK', name!), 'utf8');
  expect(csv.startsWith('\uFEFFTag;Paket;Version;Besuche;')).toBe(true);
  const row = csv.split('\r\n')[1]!.split(';');
  expect(row[1]).toBe('siegen-wittgenstein-emek-hefer');
  expect(row[3]).toBe('1');
  expect(row[7]).toBe('en (1)');
});

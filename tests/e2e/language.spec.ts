import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import type { BundleManifestInput } from '../../src-shared/bundleSchema';
import { attachShot, type KioskPreview, startKioskPreview } from '../support/kioskPreview';
import { makeTempDir } from '../support/tempDir';

/** The first load may wait while the kiosk prepares image sizes for a fresh data folder (a 2-core machine). */
const FIRST_LOAD = { timeout: 60_000 };
test.describe.configure({ timeout: 90_000 });

/**
 * A small bundle with Hebrew texts for the right-to-left sample. Test data only: the shipped content has no
 * Hebrew, and none is invented there. The fact and the second event have no Hebrew, to show the fallback.
 */
async function writeHebrewBundle(folder: string): Promise<void> {
  await mkdir(path.join(folder, 'bilder'), { recursive: true });
  await sharp({ create: { width: 640, height: 427, channels: 3, background: '#3b6ea8' } })
    .jpeg()
    .toFile(path.join(folder, 'bilder', 'urkunde.jpg'));
  const manifest: BundleManifestInput = {
    schema: 1,
    id: 'rtl-probe',
    title: { de: 'Partnerschaft mit Emek Hefer', en: 'Partnership with Emek Hefer', he: 'שותפות עם עמק חפר' },
    home: { name: 'Kreis Siegen-Wittgenstein', location: { lat: 50.87, lon: 8.02 } },
    languages: ['de', 'en', 'he'],
    partners: [
      {
        id: 'emek-hefer',
        name: { de: 'Emek Hefer', he: 'עמק חפר' },
        country: 'IL',
        kind: 'Partnerschaft',
        since: '1973-03',
        summary: { de: 'Ein Kreis in der Scharonebene.', he: 'מועצה אזורית בשרון.' },
        facts: [{ de: 'Partnerschaft seit 1973' }],
      },
    ],
    events: [
      {
        id: 'urkunde',
        date: '1973-03-12',
        partners: ['emek-hefer'],
        title: { de: 'Die Urkunde wird unterzeichnet', en: 'The charter is signed', he: 'חתימה על האמנה' },
        text: { de: 'Der erste Schritt.', he: 'הצעד הראשון.' },
        images: ['urkunde'],
        highlight: true,
      },
      { id: 'besuch', date: '1985', partners: ['emek-hefer'], title: { de: 'Besuch einer Jugendgruppe', en: 'A youth group visits' } },
    ],
    images: [{ id: 'urkunde', file: 'bilder/urkunde.jpg', caption: { de: 'Die Urkunde', he: 'האמנה' }, credit: 'Foto: Test' }],
  };
  await writeFile(path.join(folder, 'bundle.json'), JSON.stringify(manifest, null, 2));
}

let shipped: KioskPreview;
let hebrew: KioskPreview;
let cleanupBundle: () => Promise<void>;
test.beforeAll(async () => {
  const temp = await makeTempDir('rtl-bundle-');
  cleanupBundle = temp.cleanup;
  await writeHebrewBundle(temp.dir);
  shipped = await startKioskPreview(path.resolve('content', 'siegen-wittgenstein-emek-hefer'));
  hebrew = await startKioskPreview(temp.dir);
});
test.afterAll(async () => {
  await shipped.cleanup();
  await hebrew.cleanup();
  await cleanupBundle();
});

test('the language buttons name each language in itself and switch content, interface and dates live', async ({ page }) => {
  await page.goto(shipped.server.url);
  const title = page.getByTestId('exhibition-title');
  await expect(title).toHaveText('50 Jahre – 50 Bilder', FIRST_LOAD);
  await expect(page.getByTestId('language-de')).toHaveText('Deutsch');
  await expect(page.getByTestId('language-en')).toHaveText('English');
  await expect(page.getByTestId('language-de')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('decade-1970')).toHaveText('1970er');
  await expect(page.getByTestId('timeline-today')).toHaveText('Heute');

  await page.getByTestId('language-en').tap();
  await expect(title).toHaveText('50 Years – 50 Pictures');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('decade-1970')).toHaveText('1970s');
  await expect(page.getByTestId('timeline-today')).toHaveText('Today');
  await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');

  await page.getByTestId('language-de').tap();
  await expect(title).toHaveText('50 Jahre – 50 Bilder');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test.describe('right-to-left sample (Hebrew test bundle)', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    test(`Hebrew content is laid out right to left, the German interface stays left to right (${viewport.width}x${viewport.height})`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.goto(hebrew.server.url);
      await expect(page.getByTestId('language-he')).toHaveText('עברית', FIRST_LOAD);
      await page.getByTestId('language-he').tap();
      const title = page.getByTestId('exhibition-title');
      await expect(title).toHaveText('שותפות עם עמק חפר');
      await expect(title).toHaveAttribute('dir', 'rtl');
      await expect(title).toHaveAttribute('lang', 'he');
      // Hebrew glyphs come from the bundled Noto Sans Hebrew; the Arabic faces are fetched only for Arabic text
      // (their unicode-range), never for a bundle without it.
      const faces = (status: string) =>
        page.evaluate(`[...document.fonts].filter((face) => face.status === '${status}').map((face) => face.family.replace(/["']/g, '') + ' ' + face.weight)`) as Promise<string[]>;
      await expect.poll(() => faces('loaded')).toContain('Noto Sans Hebrew 400');
      expect([...(await faces('loaded')), ...(await faces('loading'))].filter((face) => face.includes('Arabic'))).toEqual([]);
      // The kiosk has no Hebrew interface strings: the page stays German and left to right.
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByTestId('timeline-today')).toHaveText('Heute');

      await page.getByTestId('partner-emek-hefer').tap();
      const profile = page.getByTestId('partner-profile');
      await expect(profile).toBeVisible();
      await expect(profile.locator('h2')).toHaveText('עמק חפר');
      await expect(profile.locator('h2')).toHaveAttribute('dir', 'rtl');
      // A field without Hebrew falls back to German, marked as German and left to right.
      const fact = profile.locator('.facts li').first();
      await expect(fact).toHaveText('Partnerschaft seit 1973');
      await expect(fact).toHaveAttribute('lang', 'de');
      await expect(fact).toHaveAttribute('dir', 'ltr');
      await expect(page.getByTestId('profile-event-besuch')).toContainText('Besuch einer Jugendgruppe');

      await page.getByTestId('profile-event-urkunde').tap();
      const detail = page.getByTestId('event-detail');
      await expect(detail.locator('h2')).toHaveText('חתימה על האמנה');
      await expect(detail.locator('h2')).toHaveAttribute('dir', 'rtl');
      // Hebrew date from Intl: „12 במרץ 1973“.
      await expect(page.getByTestId('event-date')).toContainText('במרץ');
      await expect(page.getByTestId('event-date')).toHaveAttribute('dir', 'rtl');
      const box = await detail.locator('h2').boundingBox();
      const sheet = await detail.boundingBox();
      // Right-aligned: the heading's text ends at the sheet's right padding.
      const textRight = (await page.evaluate(`(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('[data-testid="event-detail"] h2'));
        return range.getBoundingClientRect().right;
      })()`)) as number;
      expect(box && sheet).toBeTruthy();
      expect(textRight).toBeGreaterThan((box?.x ?? 0) + (box?.width ?? 0) - 4);
      await attachShot(page, testInfo, `language-rtl-${viewport.width}x${viewport.height}`);
    });
  }
});

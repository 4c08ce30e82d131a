/**
 * `npm run screenshots`: photographs every default bundle in every view, orientation and language at 1080p in real
 * Chromium against the preview host, and writes one contact sheet per bundle to `docs/screenshots/` (JPEG, small
 * enough to commit) plus the full-size PNGs to `test-results/screenshots/` (not committed) for a closer look.
 *
 *   npm run screenshots [-- <bundle folder> …]   (default: every bundle in content/)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { contentLocations, projectRoot } from '../src-main/content/contentLocations';
import { localize } from '../src-shared/localizedText';
import { startKioskHost } from './bench/kioskHost';
import { bundleFolders, readManifest } from './generate-placeholders';
import { renderContactSheet, type SheetShot } from './screenshots/contactSheet';

const ORIENTATIONS = [
  { orientation: 'landscape', viewport: { width: 1920, height: 1080 } },
  { orientation: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;
/** Longest wait for the first screen of a bundle, ms (a cold 2-core machine prepares image sizes first). */
const FIRST_SCREEN_MS = 60_000;

/** Waits until the view stands still: no timeline motion, every image in view decoded, fonts loaded. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Page code as text: this script is type-checked without the DOM library.
  await page.evaluate(`(async () => {
    await document.fonts.ready;
    const images = [...document.images].filter((image) => image.getBoundingClientRect().width > 0);
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  })()`);
  await page.waitForFunction(`document.querySelector('[data-testid="timeline"]')?.getAttribute('data-moving') !== 'true'`);
  // Cross-fades and entry transitions end well within this.
  await page.waitForTimeout(600);
}

/** Every test id starting with `prefix` inside the element with test id `within`, e.g. the mode buttons. */
async function suffixes(page: Page, within: string, prefix: string): Promise<string[]> {
  const ids = await page
    .getByTestId(within)
    .locator(`[data-testid^="${prefix}"]`)
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.slice(prefix.length));
}

/** All shots of one bundle: each orientation × language × view, and the attract loop once per orientation. */
async function shootBundle(bundleDir: string, fullSizeDir: string): Promise<SheetShot[]> {
  // The shortest idle time: a second page left alone reaches the attract loop while the first is photographed.
  const host = await startKioskHost(projectRoot(import.meta.url), bundleDir, { settings: { idleTimeoutSeconds: 15 }, appVersion: 'screenshots' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const shots: SheetShot[] = [];
  try {
    for (const { orientation, viewport } of ORIENTATIONS) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, hasTouch: true, locale: 'de-DE' });
      const idle = await context.newPage();
      await idle.goto(host.url);
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByTestId('exhibition-title').waitFor({ timeout: FIRST_SCREEN_MS });
      for (const language of await suffixes(page, 'language-switch', 'language-')) {
        await page.getByTestId(`language-${language}`).tap();
        for (const mode of await suffixes(page, 'mode-switch', 'mode-')) {
          await page.getByTestId(`mode-${mode}`).tap();
          await settle(page);
          const png = await page.screenshot();
          const name = `${path.basename(bundleDir)}-${viewport.width}x${viewport.height}-${language}-${mode}.png`;
          await writeFile(path.join(fullSizeDir, name), png);
          shots.push({ orientation, language, mode, png });
          console.log(`  ${name}`);
        }
      }
      await idle.getByTestId('attract').waitFor({ timeout: 60_000 });
      await idle.bringToFront();
      // Past the cross-fade of the first slide.
      await idle.waitForTimeout(2500);
      const png = await idle.screenshot();
      await writeFile(path.join(fullSizeDir, `${path.basename(bundleDir)}-${viewport.width}x${viewport.height}-attract.png`), png);
      shots.push({ orientation, language: 'de', mode: 'attract', png });
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  return shots;
}

async function main(args: readonly string[]): Promise<number> {
  const root = projectRoot(import.meta.url);
  const folders = args.length ? args.map((arg) => path.resolve(arg)) : await bundleFolders(contentLocations(root).contentDir);
  const sheetDir = path.join(root, 'docs', 'screenshots');
  const fullSizeDir = path.join(root, 'test-results', 'screenshots');
  await mkdir(sheetDir, { recursive: true });
  await mkdir(fullSizeDir, { recursive: true });
  const written: string[] = [];
  for (const folder of folders) {
    const manifest = await readManifest(folder);
    console.log(`${manifest.id}:`);
    const shots = await shootBundle(folder, fullSizeDir);
    const sheet = await renderContactSheet(localize(manifest.title, 'de'), shots);
    const file = path.join(sheetDir, `${manifest.id}.jpg`);
    await writeFile(file, sheet);
    written.push(`${path.relative(root, file)} (${Math.round(sheet.length / 1024)} KB, ${shots.length} Bilder)`);
  }
  for (const line of written) console.log(`geschrieben: ${line}`);
  console.log(`Einzelbilder in voller Größe: ${path.relative(root, fullSizeDir)}/`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch(async (error: unknown) => {
  console.error((error as Error).stack ?? String(error));
  return 1;
});

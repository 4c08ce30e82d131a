import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page, test, type TestInfo } from '@playwright/test';
import { startKioskRuntime } from '../../src-main/kioskRuntime';
import { startPreviewServer, type PreviewServer } from '../../src-main/preview/previewServer';
import { makeTempDir } from '../support/tempDir';

/** The shipped bundles, explored by finger in both orientations. */
const BUNDLES = ['siegen-wittgenstein-emek-hefer', 'landkreis-harz', 'landkreis-kassel'];
const ORIENTATIONS = [
  { name: '1920x1080', viewport: { width: 1920, height: 1080 } },
  { name: '1080x1920', viewport: { width: 1080, height: 1920 } },
];

async function serve(bundleId: string): Promise<{ server: PreviewServer; cleanup: () => Promise<void> }> {
  const temp = await makeTempDir('timeline-bundle-');
  const runtime = await startKioskRuntime({
    host: 'preview',
    appVersion: 'test',
    contentDir: path.resolve('content'),
    dataDir: path.join(temp.dir, 'data'),
    sourceRoots: { usbRoots: [], importDir: path.join(temp.dir, 'import') },
    bundleOverride: path.resolve('content', bundleId),
    hotReload: false,
    log: { info: () => undefined, warn: () => undefined },
  });
  const server = await startPreviewServer({ rendererDir: path.resolve('out/renderer'), runtime, port: 0 });
  return { server, cleanup: async () => { await server.close(); await temp.cleanup(); } };
}

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  await writeFile(path.join('/tmp', `${name}.png`), body);
}

for (const bundleId of BUNDLES) {
  for (const orientation of ORIENTATIONS) {
    test.describe(`${bundleId} ${orientation.name}`, () => {
      test.use({ viewport: orientation.viewport });

      test('renders, opens a partner, zooms to a decade and opens an event; never stuck', async ({ page }, testInfo) => {
        const { server, cleanup } = await serve(bundleId);
        try {
          await page.goto(server.url);
          await expect(page.locator('[data-mark-key]').first()).toBeVisible();
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-overview`);

          await page.locator('[data-lane-id]').nth(1).tap();
          const sheet = page.locator('[role="dialog"]');
          await expect(sheet).toBeVisible();
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-profile`);
          await sheet.getByRole('button', { name: 'Schließen' }).first().tap();
          await expect(sheet).toHaveCount(0);

          await page.getByTestId('decade-1990').tap();
          await expect(page.getByTestId('timeline')).toHaveAttribute('data-moving', 'false');
          await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-1990s`);
          const surface = (await page.getByTestId('timeline-surface').boundingBox())!;
          let target: { x: number; y: number } | undefined;
          for (const mark of await page.locator('.mark.single').all()) {
            const box = await mark.boundingBox();
            if (!box) continue;
            const x = box.x + box.width / 2;
            const y = box.y + box.height / 2;
            if (x > surface.x + 30 && x < surface.x + surface.width - 30 && y > surface.y + 40 && y < surface.y + surface.height - 60) {
              target = { x, y };
              break;
            }
          }
          if (target) {
            await page.touchscreen.tap(target.x, target.y);
            await expect(page.getByTestId('event-detail')).toBeVisible();
            await shot(page, testInfo, `bundle-${bundleId}-${orientation.name}-detail`);
            await page.getByTestId('event-detail-close').tap();
          }
          await page.getByTestId('timeline-start').tap();
          await expect(page.getByTestId('timeline')).toHaveAttribute('data-level', '0');
        } finally {
          await cleanup();
        }
      });
    });
  }
}

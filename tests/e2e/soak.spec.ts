/**
 * The short soak in real Chromium through the preview host: 1,000 touches (taps, drags, flings, pinches, long
 * presses) across every mode and language in four bursts, each ended by the idle reset and a few attract slides.
 * After every reset (forced GC first) the element count is back at its value after the first reset, the heap has
 * not grown by 2 MB or more since the warm-up burst, and there was no console error, uncaught error, unhandled
 * rejection or CSP violation. The long soak (≥ 10,000 touches, 1920 × 1080, two bundles) is `npm run soak`.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startKioskPreview, type KioskPreview } from '../support/kioskPreview';
import { kioskCspViolations, rendererFilesWithEval } from '../../scripts/soakCsp';
import { collectPageProblems, prepareSoakPage, runSoak } from '../../scripts/soakVisitor';

const IDLE_SECONDS = 15;
let preview: KioskPreview;
// A smaller window than the foyer's screen: the same app and code paths with less software painting, so the
// short soak stays short on two cores; the long soak uses the full 1920 × 1080.
test.use({ viewport: { width: 960, height: 540 } });
test.beforeAll(async () => {
  preview = await startKioskPreview(path.resolve('content', 'siegen-wittgenstein-emek-hefer'), { idleTimeoutSeconds: IDLE_SECONDS });
});
test.afterAll(async () => preview.cleanup());

test('soak: 1,000 touches with idle resets and attract slides leave no growth and no error', async ({ page }) => {
  test.setTimeout(600_000);
  const problems = await prepareSoakPage(page);
  await page.goto(preview.server.url);
  await expect(page.getByTestId('exhibition-title')).toBeVisible({ timeout: 60_000 });
  const result = await runSoak(page, { touches: 1000, burst: 250, seed: 1973, idleSeconds: IDLE_SECONDS, settleMs: 10 });
  const all = await collectPageProblems(page, problems);
  test.info().annotations.push({ type: 'soak', description: JSON.stringify({ samples: result.samples, gestures: result.gestures, seconds: result.seconds }) });
  expect(result.touches).toBeGreaterThanOrEqual(1000);
  expect(result.idleResets).toBe(result.bursts);
  expect(result.modes.length).toBeGreaterThan(1);
  expect(result.languages.length).toBeGreaterThan(1);
  const [first, ...rest] = result.samples;
  for (const sample of rest) expect(sample.domElements).toBe(first!.domElements);
  expect(result.samples.at(-1)!.heapMb - first!.heapMb).toBeLessThan(2);
  // Playwright's string evaluation meets the kiosk's CSP as an `eval`; set aside only when the built renderer has
  // no eval of its own (scripts/soakCsp.ts checks the files).
  const assets = path.resolve('out/renderer/assets');
  expect(rendererFilesWithEval(assets)).toEqual([]);
  expect({ ...all, cspViolations: kioskCspViolations(all.cspViolations, assets) }).toEqual({ consoleErrors: [], pageErrors: [], rejections: [], cspViolations: [] });
});

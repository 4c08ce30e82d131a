/**
 * `npm run soak [-- --touches <N>] [--stress-touches <N>] [--skip-unit] [--figures <folder>]`: the long reliability
 * run. (1) The fuzzers (≥ 10,000 cases per target), the fault tests and days-in-minutes (four weeks) with
 * `RELIABILITY_LONG=1`; (2) the soak in Chromium at 1920 × 1080 through the preview host: N touches (default
 * 10,000) on the default bundle and on a generated 5,000-event stress bundle (default 5,000 touches), idle reset
 * and attract slides between bursts of 250; (3) `docs/reliability.md` from all figures (scripts/soakReport.ts).
 * Exit code 1 when any target is missed, so it can gate a release.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { contentLocations } from '../src-main/content/contentLocations';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startKioskHost } from './bench/kioskHost';
import { generateStressBundle } from './generate-stress-bundle';
import { writeReliabilityReport } from './soakReport';
import { collectPageProblems, prepareSoakPage, runSoak, type SoakResult } from './soakVisitor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    touches: { type: 'string', default: '10000' },
    'stress-touches': { type: 'string', default: '5000' },
    'skip-unit': { type: 'boolean', default: false },
    figures: { type: 'string', default: path.join(root, 'test-results', 'reliability-long') },
  },
});
const figuresDir = path.resolve(values.figures);
const IDLE_SECONDS = 15;

/** The soak of one bundle: its own data folder, runtime and preview host, a fresh browser. */
async function soakBundle(name: string, bundleDir: string, touches: number): Promise<SoakResult> {
  const figureFile = path.join(figuresDir, `soak-${name}.json`);
  const host = await startKioskHost(root, bundleDir, { settings: { idleTimeoutSeconds: IDLE_SECONDS }, appVersion: 'soak' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
    const page = await context.newPage();
    const problems = await prepareSoakPage(page);
    await page.goto(host.url);
    await page.getByTestId('exhibition-title').waitFor({ timeout: 120_000 });
    const result = await runSoak(page, {
      touches,
      burst: 250,
      seed: 1973,
      idleSeconds: IDLE_SECONDS,
      onSample: (sample, so) => {
        console.log(`  ${name}: ${sample.touches} Berührungen, Heap ${sample.heapMb.toFixed(2)} MB, ${sample.domElements} Elemente, ${sample.listeners} Listener`);
        // A run cut short still leaves its figures so far (marked partial; the page's own error lists come at the end).
        void writeFile(figureFile, `${JSON.stringify({ bundle: name, at: new Date().toISOString(), partial: true, ...so, problems }, null, 2)}\n`);
      },
    });
    result.problems = await collectPageProblems(page, problems);
    await context.close();
    return result;
  } finally {
    await browser.close();
    await host.close();
  }
}

await mkdir(figuresDir, { recursive: true });
if (!values['skip-unit']) {
  console.log('1/3 Fuzzing, Fehlerinjektion, Tage in Minuten (lang) …');
  const unit = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/unit/reliability'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RELIABILITY_LONG: '1', RELIABILITY_FIGURES_DIR: figuresDir },
  });
  if (unit.status !== 0) console.error('Die Langläufe der Unit-Tests sind nicht grün – siehe oben.');
}

console.log('2/3 Dauertest im Browser …');
const stressDir = path.join(tmpdir(), 'partnerschaftskiosk-soak', 'stress-5000');
await generateStressBundle({ events: 5000, folder: stressDir, photoSize: { width: 1600, height: 1067 }, photoCacheDir: path.join(tmpdir(), 'partnerschaftskiosk-soak', 'photos') });
for (const [name, dir, touches] of [
  ['standard', path.join(contentLocations(root).contentDir, 'siegen-wittgenstein-emek-hefer'), Number(values.touches)],
  ['stress-5000', stressDir, Number(values['stress-touches'])],
] as const) {
  if (touches <= 0) continue;
  const result = await soakBundle(name, dir, touches);
  await writeFile(path.join(figuresDir, `soak-${name}.json`), `${JSON.stringify({ bundle: name, at: new Date().toISOString(), ...result }, null, 2)}\n`);
}

console.log('3/3 Bericht …');
const ok = await writeReliabilityReport(figuresDir, path.join(root, 'docs', 'reliability.md'), path.join(contentLocations(root).rendererDir, 'assets'));
console.log(ok ? 'Alle Ziele erreicht – docs/reliability.md geschrieben.' : 'Nicht alle Ziele erreicht – siehe docs/reliability.md.');
process.exit(ok ? 0 : 1);

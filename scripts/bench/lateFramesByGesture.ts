/**
 * `npx tsx scripts/bench/lateFramesByGesture.ts [--bundle <folder>] [--rounds 2] [variant …]`: which part of the
 * kiosk's picture makes frames late. Runs the bench's gesture sequence on the kiosk once per variant and round; a
 * variant is a style sheet laid over the page (e.g. hiding the marks); the table below holds the ones tried for
 * issue 7. Prints, per gesture, late frames (interval > 20 ms) of all frames. Variants alternate within
 * each round so that load from other processes hits all alike; the spread between rounds is large, so compare
 * rounds, not single lines. A developer's tool; `npm run bench` is the measurement of record.
 */
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src-main/content/contentLocations';
import { GESTURE_SEQUENCE, GestureInput } from './gestures';
import { kioskForProfiling } from './kioskHost';
import { BENCH_VIEWPORT } from './measureRun';

/** Style sheets laid over the kiosk, by name. `base` is the kiosk as it is. */
const VARIANTS: Record<string, string> = {
  base: '',
  noMarks: '.lane-marks{display:none!important}',
  noLabels: '.lane-marks .single::after{content:none!important}',
  noThumbnails: '.lane-marks .cluster{background-image:none!important}',
  markLayers: '.lane-marks > *{will-change:transform}',
  noShadows: '.lane-marks .single::before{box-shadow:none!important;outline:2px solid var(--color)}.lane-marks .cluster{box-shadow:none!important}',
  noGround: '.surface > .world{display:none!important}',
  groundTransparent: '.surface > .world.ground{background:none!important}',
};

/** A frame interval above this is a late frame (one vsync is 16.7 ms), ms. */
const LATE_MS = 20;

const { values, positionals } = parseArgs({ options: { bundle: { type: 'string' }, rounds: { type: 'string', default: '2' } }, allowPositionals: true });
const chosen = positionals.length > 0 ? positionals : Object.keys(VARIANTS);
for (const name of chosen) if (!(name in VARIANTS)) throw new Error(`unbekannte Variante / unknown variant ${name}: ${Object.keys(VARIANTS).join(', ')}`);

const { host, browser, close } = await kioskForProfiling(projectRoot(import.meta.url), values.bundle);
try {
  for (let round = 1; round <= Number(values.rounds); round += 1) {
    for (const name of chosen) {
      // The kiosk's CSP allows no inline styles; the variants are the developer's own, so CSP is bypassed here.
      const context = await browser.newContext({ ...BENCH_VIEWPORT, bypassCSP: true });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await page.goto(host.url);
        await page.locator('[data-mark-key]').first().waitFor();
        const css = VARIANTS[name] as string;
        if (css) await page.addStyleTag({ content: css });
        await page.waitForTimeout(800);
        const box = await page.locator('[data-testid="timeline-surface"]').boundingBox();
        if (!box) throw new Error('no timeline surface');
        const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        await page.evaluate('window.__frames = []; (function tick(time) { window.__frames.push(time); requestAnimationFrame(tick); })(performance.now())');
        const input = new GestureInput(page, cdp);
        const cells: string[] = [];
        for (const gesture of GESTURE_SEQUENCE) {
          const from = (await page.evaluate('performance.now()')) as number;
          await gesture.run(input, center);
          await page.waitForTimeout(400);
          const to = (await page.evaluate('performance.now()')) as number;
          const frames = ((await page.evaluate('window.__frames')) as number[]).filter((time) => time >= from && time <= to);
          let late = 0;
          for (let index = 1; index < frames.length; index += 1) if ((frames[index] as number) - (frames[index - 1] as number) > LATE_MS) late += 1;
          cells.push(`${gesture.kind} ${late}/${frames.length}`);
        }
        console.log(`round ${round}  ${name.padEnd(18)} ${cells.join('  ')}`);
      } finally {
        await context.close();
      }
    }
  }
} finally {
  await close();
}

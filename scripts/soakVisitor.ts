/**
 * The soak's visitor: thousands of scripted touches (taps on what is there, taps anywhere, drags, flings, pinches,
 * long presses) through Chromium's real touch pipeline (CDP `Input.dispatchTouchEvent`, tests/support/
 * touchGestures.ts), in bursts separated by the idle reset and a few attract slides, which the page's own clock is
 * fast-forwarded through (Playwright `page.clock`). Measures after each reset, with a forced GC first: JS heap,
 * element count and event listeners; collects console errors, uncaught errors, unhandled rejections and CSP
 * violations. Shared by the short soak in `npm test` and the long one in `npm run soak`.
 */
import type { CDPSession, Page } from '@playwright/test';
import { Touch, type Point } from '../tests/support/touchGestures';
import { seededRandom } from '../tests/support/seededRandom';

/** One measurement, taken in the attract loop right after an idle reset. */
export interface SoakSample {
  /** Touches so far. */
  touches: number;
  /** JS heap in use after a forced GC, MB. */
  heapMb: number;
  /** Elements in the document outside the attract layer (whose slides differ from one reset to the next). */
  domElements: number;
  /** Elements of the attract layer. */
  attractElements: number;
  /** Event listeners alive (Chromium's JSEventListeners metric). */
  listeners: number;
}

/** What went wrong on the page during the soak. */
export interface SoakProblems {
  consoleErrors: string[];
  pageErrors: string[];
  rejections: string[];
  cspViolations: string[];
}

/** The outcome of one soak run. */
export interface SoakResult {
  touches: number;
  bursts: number;
  idleResets: number;
  attractSlides: number;
  /** After the warm-up burst (every mode and language visited once), then after each further burst. */
  samples: SoakSample[];
  problems: SoakProblems;
  modes: string[];
  languages: string[];
  gestures: Record<string, number>;
  seconds: number;
}

/** Options of {@link runSoak}. */
export interface SoakOptions {
  /** Touches in all (at least). */
  touches: number;
  /** Touches per burst between idle resets. */
  burst: number;
  seed: number;
  /** Idle time of the kiosk's settings, s (the reset comes after it plus the 10 s countdown). */
  idleSeconds: number;
  /** Attract slides to run through after each reset. Default 3. */
  attractSlides?: number;
  /** Seconds per attract slide (settings). Default 8. */
  slideSeconds?: number;
  /** Pause after a gesture so the page can answer, ms. Default 40. */
  settleMs?: number;
  /** Called after each sample (progress output). */
  onSample?: (sample: SoakSample, result: SoakResult) => void;
}

/** The admin corner (top left) is held for 3 s to open the PIN pad: visitors' long presses stay clear of it. */
const ADMIN_CORNER_PX = 160;

/**
 * Installs the page clock and the problem listeners; call before `page.goto`. Returns the problems collected.
 */
export async function prepareSoakPage(page: Page): Promise<SoakProblems> {
  const problems: SoakProblems = { consoleErrors: [], pageErrors: [], rejections: [], cspViolations: [] };
  await page.clock.install();
  // A string, not a function: tsx (esbuild keepNames) would wrap a function's inner helpers in `__name`, which the
  // page does not have.
  await page.addInitScript(`(() => {
    const record = (key, text) => {
      const store = (window[key] ??= []);
      if (store.length < 50) store.push(text);
    };
    window.addEventListener('unhandledrejection', (event) => record('__soakRejections', String(event.reason)));
    document.addEventListener('securitypolicyviolation', (event) => record('__soakCsp', event.violatedDirective + ' ' + event.blockedURI));
  })();`);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium asks every tab for /favicon.ico; the kiosk has none and Electron never asks. Not the page's error.
    if (message.location().url.endsWith('/favicon.ico')) return;
    const text = `${message.text()} ${message.location().url}`.trim();
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push(text);
    else problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  // A failed request shows in the console without its address: keep the address too.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.consoleErrors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`);
  });
  return problems;
}

/** Heap after a forced GC, element count and listener count. */
export async function measure(page: Page, cdp: CDPSession, touches: number): Promise<SoakSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const metrics = await cdp.send('Performance.getMetrics');
  const listeners = metrics.metrics.find((metric) => metric.name === 'JSEventListeners')?.value ?? 0;
  // Page scripts are strings here: this file is type-checked without the DOM library (like the bench's probes).
  const dom = (await page.evaluate(`(() => {
    const attract = document.querySelector('[data-testid="attract"]');
    const inAttract = attract ? attract.getElementsByTagName('*').length + 1 : 0;
    return { all: document.getElementsByTagName('*').length, inAttract };
  })()`)) as { all: number; inAttract: number };
  return { touches, heapMb: heap.usedSize / 1024 / 1024, domElements: dom.all - dom.inAttract, attractElements: dom.inAttract, listeners };
}

/** Visible, hit-testable things a visitor can tap, with their centres, in the current view. */
async function tapTargets(page: Page): Promise<Array<{ id: string; x: number; y: number }>> {
  return (await page.evaluate(`(() => {
    const corner = ${ADMIN_CORNER_PX};
    const selector = ${JSON.stringify(TARGET_SELECTORS.join(','))};
    const found = [];
    for (const element of document.querySelectorAll(selector)) {
      if (element.closest('[data-testid^="pin-"], [data-testid^="admin"], .admin')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 4 || rect.height < 4) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight || (x < corner && y < corner)) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === element || element.contains(hit))) continue;
      found.push({ id: element.dataset.testid ?? element.tagName.toLowerCase(), x, y });
    }
    return found;
  })()`)) as Array<{ id: string; x: number; y: number }>;
}

/** What a visitor may tap: the kiosk's own controls by test id and role, and the timeline's marks. */
const TARGET_SELECTORS = [
  '[data-testid^="mode-"]', '[data-testid^="language-"]', '[data-testid^="decade-"]', '[data-testid^="partner"]',
  '[data-testid^="event-"]', '[data-testid^="gallery-"]', '[data-testid^="image-"]', '[data-testid^="filter-"]',
  '[data-testid^="map-"]', '[data-testid^="picture-"]', '[data-testid^="profile-"]', '[data-testid^="group-"]',
  '[data-testid^="sources-"]', '[data-testid="back-to-gallery"]', '[data-testid="visitor-options"]', '[data-testid^="pref-"]',
  'button', '[role="button"]', '[data-event-id]', '.mark',
];

/**
 * Runs the soak on a page that shows the kiosk (after `prepareSoakPage` and `page.goto`). The first burst is the
 * warm-up: it taps every mode and language once before its random touches; its sample is the baseline.
 */
export async function runSoak(page: Page, options: SoakOptions): Promise<SoakResult> {
  const started = Date.now();
  const random = seededRandom(options.seed);
  const touch = await Touch.on(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const viewport = page.viewportSize() ?? { width: 1920, height: 1080 };
  const result: SoakResult = {
    touches: 0,
    bursts: 0,
    idleResets: 0,
    attractSlides: 0,
    samples: [],
    problems: { consoleErrors: [], pageErrors: [], rejections: [], cspViolations: [] },
    modes: [],
    languages: [],
    gestures: {},
    seconds: 0,
  };
  const count = (gesture: string) => {
    result.touches += 1;
    result.gestures[gesture] = (result.gestures[gesture] ?? 0) + 1;
  };
  const anywhere = (): Point => {
    for (;;) {
      const point = { x: 20 + random() * (viewport.width - 40), y: 20 + random() * (viewport.height - 40) };
      if (point.x > ADMIN_CORNER_PX || point.y > ADMIN_CORNER_PX) return point;
    }
  };
  const settle = (ms: number) => page.waitForTimeout(ms);

  const visitEveryModeAndLanguage = async () => {
    for (const prefix of ['mode-', 'language-']) {
      const ids = (await tapTargets(page)).filter((target) => target.id.startsWith(prefix)).map((target) => target.id);
      for (const id of [...new Set(ids)]) {
        const target = (await tapTargets(page)).find((candidate) => candidate.id === id);
        if (!target) continue;
        await touch.tap(target);
        count('tap');
        await settle(250);
        const list = prefix === 'mode-' ? result.modes : result.languages;
        if (!list.includes(id)) list.push(id);
      }
    }
  };

  // Hit-testing every candidate costs a few ms: the list is refreshed every few touches and after mode changes.
  let targets: Array<{ id: string; x: number; y: number }> = [];
  let targetsAge = Infinity;
  const oneTouch = async () => {
    const roll = random();
    if (roll < 0.4) {
      if (targetsAge > 4) {
        targets = await tapTargets(page);
        targetsAge = 0;
      }
      targetsAge += 1;
      const target = targets[Math.floor(random() * targets.length)];
      if (target) {
        await touch.tap(target);
        targetsAge = Infinity; // what a tap opens or closes changes the targets
        if (target.id.startsWith('mode-') && !result.modes.includes(target.id)) result.modes.push(target.id);
        if (target.id.startsWith('language-') && !result.languages.includes(target.id)) result.languages.push(target.id);
        count('tap');
        return settle(options.settleMs ?? 40);
      }
    }
    if (roll < 0.55) {
      await touch.tap(anywhere());
      targetsAge = Infinity;
      count('tap');
      return settle(options.settleMs ?? 40);
    }
    const from = anywhere();
    if (roll < 0.72) {
      const to = { x: from.x + (random() - 0.5) * 600, y: from.y + (random() - 0.5) * 300 };
      await touch.drag(from, to, { steps: 5, stepMs: 16 });
      count('drag');
    } else if (roll < 0.84) {
      const to = { x: from.x + (random() < 0.5 ? -1 : 1) * (300 + random() * 500), y: from.y };
      await touch.drag(from, to, { steps: 3, stepMs: 8 });
      count('fling');
      await settle(150);
    } else if (roll < 0.96) {
      const center = { x: Math.min(Math.max(from.x, 300), viewport.width - 300), y: from.y };
      const [a, b] = random() < 0.5 ? [60, 210] : [210, 60];
      await touch.gesture(
        [{ x: center.x - a, y: center.y }, { x: center.x + a, y: center.y }],
        [{ x: center.x - b, y: center.y }, { x: center.x + b, y: center.y }],
        { steps: 5, stepMs: 16 },
      );
      count('pinch');
    } else {
      await touch.drag(from, from, { steps: 1, stepMs: 16, holdMs: 700 });
      count('long-press');
    }
    targetsAge = Infinity;
    return settle(options.settleMs ?? 30);
  };

  const idleResetAndAttract = async () => {
    // The idle handling is a lazy chunk: a jump made before it runs would pass before its clock starts counting.
    await page.getByTestId('idle-state').waitFor({ state: 'attached', timeout: 30_000 });
    // The idle time, the countdown and a little more: the next tick of the idle clock resets the session.
    await page.clock.fastForward((options.idleSeconds + 10) * 1000 + 1000);
    await page.locator('[data-testid="attract"], [data-testid="idle-state"][data-phase="attract"]').first().waitFor({ timeout: 10_000 });
    result.idleResets += 1;
    for (let slide = 0; slide < (options.attractSlides ?? 3); slide += 1) {
      await page.clock.fastForward((options.slideSeconds ?? 8) * 1000);
      await settle(300);
      result.attractSlides += 1;
    }
  };

  const wake = async () => {
    const wakeButton = page.getByTestId('attract-wake');
    const box = await wakeButton.boundingBox().catch(() => null);
    await touch.tap(box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : anywhere());
    count('tap');
    await settle(400);
  };

  while (result.touches < options.touches) {
    if (result.bursts === 0) await visitEveryModeAndLanguage();
    const end = Math.min(options.touches, result.touches + options.burst);
    while (result.touches < end) await oneTouch();
    result.bursts += 1;
    await idleResetAndAttract();
    const sample = await measure(page, cdp, result.touches);
    result.samples.push(sample);
    options.onSample?.(sample, result);
    if (result.touches < options.touches) await wake();
  }
  result.seconds = (Date.now() - started) / 1000;
  await cdp.detach();
  return result;
}

/** Collects what the page recorded itself (rejections, CSP events) into `problems`. */
export async function collectPageProblems(page: Page, problems: SoakProblems): Promise<SoakProblems> {
  const recorded = (await page.evaluate(`({
    rejections: (window.__soakRejections ?? []).slice(),
    csp: (window.__soakCsp ?? []).slice(),
  })`)) as { rejections: string[]; csp: string[] };
  return {
    consoleErrors: problems.consoleErrors,
    pageErrors: problems.pageErrors,
    rejections: [...problems.rejections, ...recorded.rejections],
    cspViolations: [...problems.cspViolations, ...recorded.csp],
  };
}

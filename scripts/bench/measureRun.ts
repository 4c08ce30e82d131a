/**
 * One measured run of one peer at one size: a fresh browser context (cold cache, fresh heap), navigation, first
 * render, heap and DOM after load, the gesture sequence with frame intervals, a main-thread trace and per-gesture
 * view states, then heap and DOM again. Every request for another host than 127.0.0.1 is recorded; the browser
 * must be launched with {@link OFFLINE_ARGS}, which make such a request fail.
 */
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import type { PeerId } from './benchResults';
import { GESTURE_SEQUENCE, GestureInput, type Gesture } from './gestures';
import { probeScript, type ProbeState } from './pageProbe';
import { intervals, summarize, type DurationSummary } from './stats';
import { frameWork, type TraceEvent } from './traceWork';

/**
 * Chromium switches that keep every request on 127.0.0.1: all traffic goes to a proxy on a closed local port
 * (loopback itself is never proxied, so 127.0.0.1 works directly), and no host name resolves. Together they block
 * names and IP addresses alike without request interception, which would disable the HTTP cache.
 */
export const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];

/**
 * Debian's Chromium as the bench runs it: headless, software rendering like a kiosk PC without GPU, no background
 * traffic, and {@link OFFLINE_ARGS}. `CHROMIUM_PATH` overrides the binary.
 */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...OFFLINE_ARGS],
  });
}

/** The bench's page: 1920 × 1080 with touch, as the kiosk screen. */
export const BENCH_VIEWPORT = { viewport: { width: 1920, height: 1080 }, hasTouch: true, deviceScaleFactor: 1 } as const;

/** How a peer is found on its page. */
export interface PeerTarget {
  id: PeerId;
  label: string;
  url: string;
  /** An element that exists once events are shown: its first frame is "first render". */
  contentSelector: string;
  /** The element whose centre receives the gestures. */
  gestureSelector: string;
}

/** Memory and DOM size at one moment. */
export interface Footprint {
  /** JS heap in use after a forced garbage collection, MB (10^6 bytes). */
  heapMB: number;
  /** Elements in the document. */
  domElements: number;
}

/** What one run measured. */
export interface RunResult {
  firstRenderMs: number;
  /**
   * Where the time to first render went: navigation timing (response end, DOMContentLoaded, load) and the page's
   * own performance marks (the kiosk sets `timeline:*` marks), ms since navigation start.
   */
  milestones: Record<string, number>;
  afterLoad: Footprint;
  afterSequence: Footprint;
  /** requestAnimationFrame intervals during the whole gesture sequence, ms. */
  frames: DurationSummary;
  /** Main-thread task time per frame from the trace, ms. */
  work: DurationSummary;
  /** Long animation frames (> 50 ms) during the sequence and their summed blocking time, ms. */
  longFrames: number;
  blockingMs: number;
  /** Per gesture: whether it was sent in full before the sequence deadline, and whether the view moved. */
  gestures: Array<{ name: string; kind: Gesture['kind']; ran: boolean; moved: boolean; before: string; after: string }>;
  /** True when the sequence deadline cut gestures short or left them out. */
  sequenceCut: boolean;
  /** Requests to any host other than 127.0.0.1 (aborted). */
  offHost: string[];
}

/** Limits of one run. */
export interface RunOptions {
  /** Longest wait for first render, ms. */
  loadTimeoutMs: number;
  /** Pause after each gesture for inertia and animations to end, ms. */
  settleMs: number;
  /** Longest time for the whole gesture sequence, ms; later gestures are left out and reported as not run. */
  sequenceTimeoutMs: number;
  /** Time a run may take beyond first render and the gesture sequence before it counts as hung, ms (default 60 s). */
  hangSlackMs?: number;
}

/** The probe as the page holds it (`window.__bench`, see pageProbe.ts); typed here without the DOM library. */
interface BenchProbe extends ProbeState {
  startFrames: () => void;
  stopFrames: () => number[];
  viewState: () => string;
  domCount: () => number;
}
/**
 * The page's global object with the probe. Evaluated code is passed as functions, not strings, because the
 * kiosk's CSP forbids string evaluation; each function is serialised alone, so it names the probe inline.
 */
type InPage = { __bench: BenchProbe };

async function footprint(page: Page, cdp: CDPSession): Promise<Footprint> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { heapMB: heap.usedSize / 1e6, domElements: await page.evaluate(() => (globalThis as unknown as InPage).__bench.domCount()) };
}

/**
 * Polls the probe from Node until first render. Not `page.waitForFunction`: its timeout runs inside the page, so
 * a page whose main thread is blocked for minutes reports the timeout only minutes late.
 */
export async function waitForFirstRender(page: Page, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const sleep = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
  while (Date.now() < deadline) {
    const value = await Promise.race([
      page.evaluate(() => (globalThis as unknown as Partial<InPage>).__bench?.firstRender).catch(() => undefined),
      sleep(Math.max(0, deadline - Date.now())),
    ]);
    if (typeof value === 'number') return value;
    await sleep(100);
  }
  throw new Error(`timeout: kein erstes Bild nach ${timeoutMs} ms / no first render after ${timeoutMs} ms`);
}

/** Longest wait for the kiosk's zoom levels to be laid out before the gestures, ms. */
const LEVELS_WARM_LIMIT_MS = 20_000;

/** Waits until `page` has a performance mark `name`, at most `timeoutMs`; true when it came. */
async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Time a run may take beyond first render and the gesture sequence (footprints, trace, settling), ms. */
const HANG_SLACK_MS = 60_000;

/** The start of the message of a run that hung and was cut off (see {@link measureRun}). */
export const HUNG_RUN = 'hängt / hung';

/** How long a hung run's trace is given to end before its context is closed, ms. */
const TRACE_STOP_WAIT_MS = 5000;

/**
 * Runs the measurement once; throws when first render does not come within `loadTimeoutMs`. A run that hangs (a
 * browser call that never returns; it happened once, on 2026-11-27, and stalled the whole bench) is cut off after the
 * load timeout, the sequence timeout and a minute more: its context is closed and an error starting with {@link HUNG_RUN} thrown.
 */
export async function measureRun(browser: Browser, target: PeerTarget, options: RunOptions): Promise<RunResult> {
  const context: BrowserContext = await browser.newContext(BENCH_VIEWPORT);
  const limitMs = options.loadTimeoutMs + options.sequenceTimeoutMs + (options.hangSlackMs ?? HANG_SLACK_MS);
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${HUNG_RUN}: Lauf nach ${limitMs / 1000} s abgebrochen / run cut off after ${limitMs / 1000} s`)), limitMs);
  });
  const run = runOnce(browser, context, target, options);
  try {
    return await Promise.race([run, hung]);
  } catch (error) {
    if ((error as Error).message.startsWith(HUNG_RUN)) {
      // Closing the context first fails the calls still waiting (a trace stopped while its page hangs could wait
      // on that page); a trace left running would refuse the next run's.
      run.catch(() => undefined);
      // First try to end a trace the hung run started, bounded: Playwright ends it through the page's session, so
      // once the context is closed it can no longer, and a trace left running refuses the next run's.
      await Promise.race([browser.stopTracing().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, TRACE_STOP_WAIT_MS))]);
      await context.close();
      await browser.stopTracing().catch(() => undefined);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

async function runOnce(browser: Browser, context: BrowserContext, target: PeerTarget, options: RunOptions): Promise<RunResult> {
  // Recorded here, blocked by the browser's dead proxy (see OFFLINE_ARGS). A Playwright route would block too,
  // but routing switches off Chromium's HTTP cache, and then every <img> of the same photo loads it again.
  const offHost: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1') offHost.push(url);
  });
  const page = await context.newPage();
  await page.addInitScript({ content: probeScript(target.contentSelector) });
  const cdp = await context.newCDPSession(page);
  await page.goto(target.url, { waitUntil: 'commit', timeout: options.loadTimeoutMs });
  const firstRenderMs = await waitForFirstRender(page, options.loadTimeoutMs);
  await page.waitForLoadState('load', { timeout: options.loadTimeoutMs });
  // The kiosk lays out its other zoom levels in idle time after the first frame (50,000 events: seconds). A kiosk
  // does that once a day, minutes before anyone touches it, so the gestures wait for it; the time is reported
  // (`timeline:levels-warm`). A page still warming after the limit is measured as it is.
  if (target.id === 'kiosk') await waitForMark(page, 'timeline:levels-warm', LEVELS_WARM_LIMIT_MS);
  const milestones = await page.evaluate(() => {
    const perf = (globalThis as unknown as { performance: { getEntriesByType: (type: string) => Array<Record<string, unknown>> } }).performance;
    const navigation = perf.getEntriesByType('navigation')[0] ?? {};
    const result: Record<string, number> = {};
    for (const key of ['responseEnd', 'domContentLoadedEventEnd', 'loadEventEnd']) {
      if (typeof navigation[key] === 'number') result[key] = navigation[key] as number;
    }
    for (const mark of perf.getEntriesByType('mark')) result[String(mark.name)] = mark.startTime as number;
    return result;
  });
  await page.waitForTimeout(1000);
  const afterLoad = await footprint(page, cdp);

  const box = await page.locator(target.gestureSelector).first().boundingBox();
  if (!box) throw new Error(`${target.label}: ${target.gestureSelector} not visible`);
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const input = new GestureInput(page, cdp, Date.now() + options.sequenceTimeoutMs);
  const loafBefore = await page.evaluate(() => (globalThis as unknown as InPage).__bench.loaf.length);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  await page.evaluate(() => (globalThis as unknown as InPage).__bench.startFrames());
  const gestures: RunResult['gestures'] = [];
  let sequenceCut = false;
  for (const gesture of GESTURE_SEQUENCE) {
    if (input.late) {
      sequenceCut = true;
      gestures.push({ name: gesture.name, kind: gesture.kind, ran: false, moved: false, before: '', after: '' });
      continue;
    }
    const before = await page.evaluate(() => (globalThis as unknown as InPage).__bench.viewState());
    await gesture.run(input, center);
    const ran = !input.late;
    sequenceCut ||= !ran;
    await page.waitForTimeout(gesture.kind === 'fling' ? options.settleMs * 2 : options.settleMs);
    const after = await page.evaluate(() => (globalThis as unknown as InPage).__bench.viewState());
    gestures.push({ name: gesture.name, kind: gesture.kind, ran, moved: before !== after, before, after });
  }
  const frameTimes = await page.evaluate(() => (globalThis as unknown as InPage).__bench.stopFrames());
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const work = frameWork(Array.isArray(trace) ? trace : (trace.traceEvents ?? []));
  const loaf = await page.evaluate((from) => (globalThis as unknown as InPage).__bench.loaf.slice(from), loafBefore);
  const afterSequence = await footprint(page, cdp);
  return {
    firstRenderMs,
    milestones,
    afterLoad,
    afterSequence,
    frames: summarize(intervals(frameTimes)),
    work: summarize(work.perFrame),
    longFrames: loaf.length,
    blockingMs: loaf.reduce((sum, entry) => sum + entry.blocking, 0),
    gestures,
    sequenceCut,
    offHost,
  };
}

/** Navigates `page` to `target` and returns its first render, ms since navigation (the probe must be installed). */
async function loadFirstRender(page: Page, target: PeerTarget, timeoutMs: number): Promise<number> {
  await page.goto(target.url, { waitUntil: 'commit', timeout: timeoutMs });
  return waitForFirstRender(page, timeoutMs);
}

/** Runs `use` on a page of a fresh context that carries the probe; the context is closed afterwards. */
async function withProbedPage<T>(browser: Browser, target: PeerTarget, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(BENCH_VIEWPORT);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript(target.contentSelector) });
    return await use(page);
  } finally {
    await context.close();
  }
}

/**
 * First render of a second load of `target` in the same browser context, after the first load has finished and
 * its chunks were prefetched: what a restarted kiosk sees with its HTTP and code cache warm.
 */
export function measureWarmFirstRender(browser: Browser, target: PeerTarget, loadTimeoutMs: number): Promise<number> {
  return withProbedPage(browser, target, async (page) => {
    await loadFirstRender(page, target, loadTimeoutMs);
    await page.waitForLoadState('load', { timeout: loadTimeoutMs });
    await page.waitForTimeout(2000);
    return loadFirstRender(page, target, loadTimeoutMs);
  });
}

/**
 * One load of `target` that is not measured: the first page a browser (and a freshly started host) serves pays for
 * process start-up and cold JIT, and without this the cell measured first would carry that for all. Gives up
 * quietly after `timeoutMs` (a peer that cannot render in time is then measured, and reported, as it is).
 */
export async function warmUp(browser: Browser, target: PeerTarget, timeoutMs: number): Promise<void> {
  // Only a warm-up: the measured runs report what went wrong.
  await withProbedPage(browser, target, (page) => loadFirstRender(page, target, timeoutMs)).catch(() => undefined);
}

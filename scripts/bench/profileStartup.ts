/**
 * `npx tsx scripts/bench/profileStartup.ts [bundle-folder]`: where the kiosk's time to first render goes. Loads
 * the page once with a trace and prints the page main thread's tasks (start, duration, what ran) until the first
 * mark is on screen, plus network timing of every request. A developer's tool for issue 7.
 */
import { projectRoot } from '../../src-main/content/contentLocations';
import { kioskForProfiling } from './kioskHost';
import { BENCH_VIEWPORT } from './measureRun';
import { pageMainThread, type TraceEvent } from './traceWork';

const { host, browser, close } = await kioskForProfiling(projectRoot(import.meta.url), process.argv[2]);
try {
  const context = await browser.newContext(BENCH_VIEWPORT);
  const page = await context.newPage();
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'netlog'] });
  await page.goto(host.url);
  await page.locator('[data-mark-key]').first().waitFor();
  await page.waitForTimeout(800);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const timing = await page.evaluate(() => {
    const perf = (globalThis as unknown as { performance: { timeOrigin: number; getEntriesByType: (type: string) => Array<Record<string, unknown>> } }).performance;
    return {
      resources: perf.getEntriesByType('resource').map((entry) => `${Math.round(entry.startTime as number)}→${Math.round(entry.responseEnd as number)} ${String(entry.name).split('/').pop()}`),
      marks: perf.getEntriesByType('mark').map((entry) => `${Math.round(entry.startTime as number)} ${String(entry.name)}`),
      paint: perf.getEntriesByType('paint').map((entry) => `${Math.round(entry.startTime as number)} ${String(entry.name)}`),
    };
  });
  console.log('resources:\n  ' + timing.resources.join('\n  '));
  console.log('marks:\n  ' + [...timing.marks, ...timing.paint].join('\n  '));
  const thread = pageMainThread(events);
  if (!thread) throw new Error('no main thread');
  const navigation = events.find((event) => event.name === 'navigationStart' && event.pid === thread.pid);
  const origin = navigation?.ts ?? 0;
  const onMain = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && (event.dur ?? 0) > 2000 && event.ts >= origin);
  // The most telling slice inside each long task: the deepest long child names what ran.
  for (const task of onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask').slice(0, 40)) {
    const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + (task.dur ?? 0) && event.name !== 'ThreadControllerImpl::RunTask');
    const label = inside
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 4)
      .map((event) => `${event.name} ${((event.dur ?? 0) / 1000).toFixed(1)}`)
      .join(', ');
    console.log(`${((task.ts - origin) / 1000).toFixed(0).padStart(5)} ms +${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${label}`);
  }
  await context.close();
} finally {
  await close();
}

/**
 * `npx tsx scripts/bench/firstRenderAB.ts --a <renderer-dir> --b <renderer-dir> [--bundle <folder>] [--runs 6]`:
 * compares the cold first render of two builds of the renderer on the same bundle, alternating A, B, B, A … in
 * one browser. Besides the wall time (ms from navigation to first render, as in the bench) it reports the page
 * main thread's *CPU* time until then (thread time of its top-level tasks, from a trace): on a busy machine the
 * wall times mean little, the CPU time hardly moves with load. A developer's tool for issue 11; build B aside with
 * `npx electron-vite build` in a git worktree, or copy `out/renderer` away before a change.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src-main/content/contentLocations';
import { startKioskHost } from './kioskHost';
import { BENCH_VIEWPORT, launchBenchBrowser, waitForFirstRender } from './measureRun';
import { probeScript } from './pageProbe';
import { median } from './stats';
import type { TraceEvent } from './traceWork';

const { values } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, bundle: { type: 'string' }, runs: { type: 'string', default: '6' } },
});
if (!values.a || !values.b) throw new Error('--a und --b: zwei gebaute Renderer-Ordner / two built renderer folders');
const runs = Number(values.runs);
const host = await startKioskHost(projectRoot(import.meta.url), values.bundle ? path.resolve(values.bundle) : undefined, {
  rendererDirs: [path.resolve(values.a), path.resolve(values.b)],
});
const browser = await launchBenchBrowser();

/** One cold load: wall ms to first render, and main-thread CPU ms until then. */
async function coldLoad(url: string): Promise<{ wallMs: number; cpuMs: number }> {
  const context = await browser.newContext(BENCH_VIEWPORT);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript('[data-mark-key]') });
    await page.goto('about:blank');
    await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'loading', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'commit' });
    const wallMs = await waitForFirstRender(page, 30_000);
    const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: Array<TraceEvent & { tdur?: number }> }).traceEvents;
    // The page's own navigation is the last one (about:blank came first, maybe in another process).
    const navigation = events.filter((event) => event.name === 'navigationStart').sort((a, b) => b.ts - a.ts)[0];
    const start = navigation?.ts ?? 0;
    const thread = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === navigation?.pid);
    const cpuMs = events
      .filter((event) => event.pid === thread?.pid && event.tid === thread?.tid && event.name === 'ThreadControllerImpl::RunTask')
      .filter((event) => event.ts >= start && event.ts <= start + wallMs * 1000)
      .reduce((sum, event) => sum + (event.tdur ?? 0) / 1000, 0);
    return { wallMs, cpuMs };
  } finally {
    await context.close();
  }
}

const results: Record<'A' | 'B', Array<{ wallMs: number; cpuMs: number }>> = { A: [], B: [] };
try {
  await coldLoad(host.urls[0] as string);
  await coldLoad(host.urls[1] as string);
  for (let run = 0; run < runs; run += 1) {
    const order: Array<'A' | 'B'> = run % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const label of order) results[label].push(await coldLoad(host.urls[label === 'A' ? 0 : 1] as string));
  }
} finally {
  await browser.close();
  await host.close();
}
const med = (list: number[]) => median(list) ?? Number.NaN;
for (const label of ['A', 'B'] as const) {
  const list = results[label];
  console.log(
    `${label}: erstes Bild / first render Median ${med(list.map((r) => r.wallMs)).toFixed(0)} ms, Hauptthread-CPU / main-thread CPU Median ${med(list.map((r) => r.cpuMs)).toFixed(0)} ms  (${list.map((r) => `${r.wallMs.toFixed(0)}/${r.cpuMs.toFixed(0)}`).join(', ')})`,
  );
}

/**
 * `npx tsx scripts/bench/profileKiosk.ts [bundle-folder]`: where the kiosk's main-thread time goes during the
 * bench's gesture sequence. Runs the sequence once with the detailed timeline trace and prints the self time of
 * each trace event name on the page's main thread (style, layout, paint, script …), plus frames and work per frame.
 * A developer's tool for issue 7; `npm run bench` is the measurement of record.
 */
import { projectRoot } from '../../src-main/content/contentLocations';
import { GESTURE_SEQUENCE, GestureInput } from './gestures';
import { kioskForProfiling } from './kioskHost';
import { BENCH_VIEWPORT } from './measureRun';
import { frameWork, pageMainThread, type TraceEvent } from './traceWork';
import { summarize } from './stats';

const { host, browser, close } = await kioskForProfiling(projectRoot(import.meta.url), process.argv[2]);
try {
  const context = await browser.newContext(BENCH_VIEWPORT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(host.url);
  await page.locator('[data-mark-key]').first().waitFor();
  await page.waitForTimeout(1500);
  const box = await page.locator('[data-testid="timeline-surface"]').boundingBox();
  if (!box) throw new Error('no surface');
  const center = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // In the page: every frame's time, and per frame the level changes and marks added or removed, so long frames
  // can be told apart by cause (level switch, render-window refresh, neither).
  await page.evaluate(`(() => {
    const log = { frames: [], changes: [] };
    window.__profile = log;
    // The zoom level is read through the kiosk's test hook once per frame (the profile's cost, not the kiosk's).
    let lastLevel = window.__kioskTimeline().level;
    let levelChanged = false;
    const tick = (time) => {
      log.frames.push(time);
      const level = window.__kioskTimeline().level;
      if (level !== lastLevel) { lastLevel = level; levelChanged = true; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const root = document.querySelector('[data-testid="timeline"]');
    new MutationObserver((records) => {
      let added = 0, removed = 0;
      for (const record of records) {
        for (const node of record.addedNodes) if (node.dataset && node.dataset.markKey) added += 1;
        for (const node of record.removedNodes) if (node.dataset && node.dataset.markKey) removed += 1;
      }
      const level = levelChanged;
      levelChanged = false;
      if (level || added || removed) log.changes.push({ t: performance.now(), level, added, removed });
    }).observe(root, { subtree: true, childList: true });
  })()`);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc'] });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const input = new GestureInput(page, cdp);
  const started: Array<{ name: string; t: number }> = [];
  for (const gesture of GESTURE_SEQUENCE) {
    started.push({ name: gesture.name.split(' / ')[1] ?? gesture.name, t: (await page.evaluate('performance.now()')) as number });
    await gesture.run(input, center);
    await page.waitForTimeout(500);
  }
  const log = (await page.evaluate('window.__profile')) as { frames: number[]; changes: Array<{ t: number; level: boolean; added: number; removed: number }> };
  const long: string[] = [];
  let longCount = 0;
  for (let index = 1; index < log.frames.length; index += 1) {
    const from = log.frames[index - 1] as number;
    const to = log.frames[index] as number;
    if (to - from < 20) continue;
    longCount += 1;
    const inside = log.changes.filter((change) => change.t >= from && change.t < to);
    const what = inside.map((change) => `${change.level ? 'level ' : ''}+${change.added}/-${change.removed}`).join(' ');
    const during = started.filter((gesture) => gesture.t <= from).pop()?.name ?? 'before';
    long.push(`${(to - from).toFixed(0).padStart(4)} ms at ${(from - (log.frames[0] as number)).toFixed(0)} (${during}): ${what || '–'}`);
  }
  console.log(`frames ${log.frames.length - 1}, intervals ≥ 20 ms: ${longCount}`);
  for (const line of long) console.log(`  ${line}`);
  const { profile } = await cdp.send('Profiler.stop');
  const selfByFunction = new Map<string, number>();
  const interval = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) => interval.set(id, (interval.get(id) ?? 0) + ((profile.timeDeltas ?? [])[index] ?? 0)));
  for (const node of profile.nodes) {
    const where = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    selfByFunction.set(where, (selfByFunction.get(where) ?? 0) + (interval.get(node.id) ?? 0) / 1000);
  }
  console.log('JS self time (sampled):');
  for (const [name, ms] of [...selfByFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const thread = pageMainThread(events);
  if (!thread) throw new Error('no main thread');
  const onMain = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && typeof event.dur === 'number').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: an event's duration minus its direct children's.
  const self = new Map<string, number>();
  const frameStarts = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.name === 'AnimationFrame' && event.ph === 'b').map((event) => event.ts).sort((a, b) => a - b);
  const perFrame = new Map<number, Map<string, number>>();
  const frameOf = (ts: number) => {
    let low = 0;
    let high = frameStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((frameStarts[mid] as number) <= ts) low = mid + 1;
      else high = mid;
    }
    return low - 1;
  };
  const stack: Array<{ name: string; end: number; child: number; dur: number; ts: number }> = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= until) {
      const done = stack.pop() as { name: string; child: number; dur: number; ts: number };
      const ms = (done.dur - done.child) / 1000;
      self.set(done.name, (self.get(done.name) ?? 0) + ms);
      const frame = frameOf(done.ts);
      const names = perFrame.get(frame) ?? new Map<string, number>();
      names.set(done.name, (names.get(done.name) ?? 0) + ms);
      perFrame.set(frame, names);
    }
  };
  for (const event of onMain) {
    close(event.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += event.dur as number;
    stack.push({ name: event.name, end: event.ts + (event.dur as number), child: 0, dur: event.dur as number, ts: event.ts });
  }
  close(Infinity);
  const heavy = [...perFrame.entries()].map(([frame, names]) => ({ frame, total: [...names.values()].reduce((a, b) => a + b, 0), names })).sort((a, b) => b.total - a.total).slice(0, 8);
  for (const entry of heavy) {
    const top = [...entry.names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ');
    console.log(`frame ${entry.frame} (${(((frameStarts[entry.frame] ?? 0) - (frameStarts[0] ?? 0)) / 1000).toFixed(0)} ms): ${entry.total.toFixed(1)} ms — ${top}`);
  }
  // Busy time per thread of the page's renderer process: raster workers and the compositor compete with the
  // main thread for the two cores.
  const names = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'process_name') processNames.set(event.pid, String(event.args?.name));
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name') {
      const owner = event.pid === thread.pid ? 'page' : (processNames.get(event.pid) ?? String(event.pid));
      names.set(`${event.pid}:${event.tid}`, `${owner}/${String(event.args?.name)}`);
    }
  }
  const busy = new Map<string, number>();
  const lastEnd = new Map<number, number>();
  for (const event of [...events].filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts)) {
    const id = event.pid * 1e6 + event.tid;
    if (event.ts < (lastEnd.get(id) ?? -Infinity)) continue;
    lastEnd.set(id, event.ts + (event.dur as number));
    const name = names.get(`${event.pid}:${event.tid}`) ?? `${event.pid}:${event.tid}`;
    busy.set(name, (busy.get(name) ?? 0) + (event.dur as number) / 1000);
  }
  console.log('busy per thread (ms):', [...busy.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', '));
  const work = frameWork(events);
  console.log(`frames ${work.perFrame.length}, work total ${work.totalMs.toFixed(0)} ms over ${work.windowMs.toFixed(0)} ms`);
  console.log('work per frame', JSON.stringify(summarize(work.perFrame)));
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  await context.close();
} finally {
  await close();
}

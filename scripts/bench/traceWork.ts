/**
 * Main-thread work per frame from a Chromium trace (categories `toplevel` and `devtools.timeline`), pure.
 *
 * Frame intervals stop at the display's 16.7 ms, so they cannot show how much headroom a renderer has. The trace
 * can: every task the page's main thread ran is a top-level `ThreadControllerImpl::RunTask` slice, and every
 * frame the main thread produced starts with an `AnimationFrame` begin event. The work of a frame is the summed
 * duration of the tasks that start between its begin and the next frame's begin.
 */

/** The fields of a Chromium trace event that are used here (microseconds). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: Array<{ processId?: number; isOutermostMainFrame?: boolean; url?: string }> } };
}

/** Main-thread work of each frame in the trace, ms, in order. */
export interface FrameWork {
  /** Work per frame, ms. */
  perFrame: number[];
  /** All main-thread task time in the trace window, ms. */
  totalMs: number;
  /** Length of the window from first to last frame begin, ms. */
  windowMs: number;
}

/**
 * The renderer main thread of the page. With `disabled-by-default-devtools.timeline` the trace names the page's
 * process (`TracingStartedInBrowser`); without it (the bench leaves that heavy category out) it is the
 * `CrRendererMain` thread with the most frames, because the bench's requestAnimationFrame loop makes the measured
 * page draw every frame while other renderers (spare or closing ones) draw none.
 */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | undefined {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const pid = (frames.find((frame) => frame.isOutermostMainFrame) ?? frames[0])?.processId;
  const mains = events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (pid !== undefined) {
    const main = mains.find((event) => event.pid === pid);
    if (main) return { pid: main.pid, tid: main.tid };
  }
  const frameCount = new Map<string, number>();
  for (const event of events) {
    if (event.name === 'AnimationFrame' && event.ph === 'b') frameCount.set(`${event.pid}:${event.tid}`, (frameCount.get(`${event.pid}:${event.tid}`) ?? 0) + 1);
  }
  let best: TraceEvent | undefined;
  for (const main of mains) {
    const count = frameCount.get(`${main.pid}:${main.tid}`) ?? 0;
    if (count > 0 && (!best || count > (frameCount.get(`${best.pid}:${best.tid}`) ?? 0))) best = main;
  }
  return best ? { pid: best.pid, tid: best.tid } : undefined;
}

/** Computes {@link FrameWork} for the page's main thread; empty when the trace holds fewer than two frames. */
export function frameWork(events: readonly TraceEvent[]): FrameWork {
  const thread = pageMainThread(events);
  if (!thread) return { perFrame: [], totalMs: 0, windowMs: 0 };
  const onMain = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid);
  const frameStarts = onMain
    .filter((event) => event.name === 'AnimationFrame' && event.ph === 'b')
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  // Top-level tasks only: a nested RunTask (a nested run loop) is already inside its parent's duration.
  const tasks = onMain
    .filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ph === 'X' && typeof event.dur === 'number')
    .sort((a, b) => a.ts - b.ts);
  const topLevel: Array<{ ts: number; dur: number }> = [];
  let coveredUntil = -Infinity;
  for (const task of tasks) {
    if (task.ts < coveredUntil) continue;
    topLevel.push({ ts: task.ts, dur: task.dur as number });
    coveredUntil = task.ts + (task.dur as number);
  }
  if (frameStarts.length < 2) return { perFrame: [], totalMs: 0, windowMs: 0 };
  const perFrame = new Array<number>(frameStarts.length - 1).fill(0);
  let frame = 0;
  let totalUs = 0;
  for (const task of topLevel) {
    if (task.ts < (frameStarts[0] as number)) continue;
    while (frame < perFrame.length && task.ts >= (frameStarts[frame + 1] as number)) frame += 1;
    if (frame >= perFrame.length) break;
    perFrame[frame] = (perFrame[frame] as number) + task.dur / 1000;
    totalUs += task.dur;
  }
  return {
    perFrame,
    totalMs: totalUs / 1000,
    windowMs: ((frameStarts[frameStarts.length - 1] as number) - (frameStarts[0] as number)) / 1000,
  };
}

import { describe, expect, it } from 'vitest';
import { frameWork, type TraceEvent } from '../../../../scripts/bench/traceWork';

const PAGE = 200;
const OTHER = 300;
const MAIN = 1;

/** A trace as Chromium writes it: metadata, the page's process, frames and tasks (times in µs). */
function trace(frames: number[], tasks: Array<[ts: number, dur: number]>, extra: TraceEvent[] = []): TraceEvent[] {
  return [
    { name: 'TracingStartedInBrowser', ph: 'I', pid: 100, tid: 100, ts: 0, args: { data: { frames: [{ processId: PAGE, isOutermostMainFrame: true }] } } },
    { name: 'thread_name', ph: 'M', pid: OTHER, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: PAGE, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    ...frames.map((ts) => ({ name: 'AnimationFrame', ph: 'b', pid: PAGE, tid: MAIN, ts })),
    ...tasks.map(([ts, dur]) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: PAGE, tid: MAIN, ts, dur })),
    ...extra,
  ];
}

describe('frameWork', () => {
  it('sums the main-thread tasks that start within each frame', () => {
    const work = frameWork(trace([0, 16_000, 32_000, 48_000], [[1000, 2000], [5000, 3000], [17_000, 10_000], [40_000, 500]]));
    expect(work.perFrame).toEqual([5, 10, 0.5]);
    expect(work.totalMs).toBeCloseTo(15.5);
    expect(work.windowMs).toBe(48);
  });

  it('does not count a nested task twice, nor tasks before the first frame or after the last', () => {
    const work = frameWork(trace([10_000, 26_000], [[0, 4000], [11_000, 8000], [12_000, 1000], [30_000, 1000]]));
    expect(work.perFrame).toEqual([8]);
  });

  it('ignores other processes and threads', () => {
    const foreign: TraceEvent[] = [
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: OTHER, tid: MAIN, ts: 1000, dur: 9000 },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: PAGE, tid: 7, ts: 1000, dur: 9000 },
    ];
    expect(frameWork(trace([0, 16_000], [[2000, 1000]], foreign)).perFrame).toEqual([1]);
  });

  it('without TracingStartedInBrowser, takes the renderer main thread that drew the most frames', () => {
    const events = trace([0, 16_000, 32_000], [[1000, 2000], [17_000, 4000]]).filter((event) => event.name !== 'TracingStartedInBrowser');
    // A spare renderer listed first, with one frame and a long task of its own.
    const spare: TraceEvent[] = [
      { name: 'AnimationFrame', ph: 'b', pid: OTHER, tid: MAIN, ts: 0 },
      { name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: OTHER, tid: MAIN, ts: 100, dur: 50_000 },
    ];
    expect(frameWork([...spare, ...events]).perFrame).toEqual([2, 4]);
  });

  it('gives nothing for a trace with fewer than two frames or without the page thread', () => {
    expect(frameWork(trace([0], [[1, 1]])).perFrame).toEqual([]);
    expect(frameWork([]).perFrame).toEqual([]);
  });
});

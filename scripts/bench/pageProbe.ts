/**
 * What the bench puts into every page before the page's own scripts run (Playwright `addInitScript`): a
 * first-render detector, a requestAnimationFrame recorder for frame intervals and a Long Animation Frames
 * observer. Plain browser JavaScript as a string, because it runs in the page, not in Node.
 */

/** What the probe gathered, read back with `page.evaluate`. */
export interface ProbeState {
  /** performance.now() (ms since navigation start) of the first frame that painted the peer's content. */
  firstRender: number | undefined;
  /** Long animation frames (> 50 ms) seen so far: start and duration, ms; blocking time, ms. */
  loaf: Array<{ start: number; duration: number; blocking: number }>;
}

/**
 * The init script. `contentSelector` names an element that exists once the peer shows its events (e.g. a mark);
 * first render is the start of the animation frame after the one in which that element was first found, i.e. the
 * frame in which it was on screen for certain. The kiosk's view state is read through its test hook
 * `window.__kioskTimeline()` (src-renderer/lib/timeline/testHook.ts); a peer page sets `window.__viewState` itself.
 */
export function probeScript(contentSelector: string): string {
  return `(() => {
  const bench = { firstRender: undefined, frames: [], recording: false, loaf: [] };
  window.__bench = bench;
  const poll = () => {
    if (document.querySelector(${JSON.stringify(contentSelector)})) {
      requestAnimationFrame((time) => { bench.firstRender = time; });
    } else {
      requestAnimationFrame(poll);
    }
  };
  requestAnimationFrame(poll);
  bench.startFrames = () => {
    bench.frames = [];
    bench.recording = true;
    const loop = (time) => { if (!bench.recording) return; bench.frames.push(time); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = () => { bench.recording = false; return bench.frames; };
  bench.viewState = () => {
    if (typeof window.__viewState === 'function') return String(window.__viewState());
    if (typeof window.__kioskTimeline !== 'function') return '-';
    const view = window.__kioskTimeline();
    return [view.k.toFixed(4), view.x.toFixed(2), view.y.toFixed(2)].join('|');
  };
  bench.domCount = () => document.getElementsByTagName('*').length;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.loaf.push({ start: entry.startTime, duration: entry.duration, blocking: entry.blockingDuration });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch (error) {
    bench.loafError = String(error);
  }
})();`;
}

import type { FrameClock } from '../../src-renderer/lib/timeline/viewMotion';

/** A frame clock whose frames run when the test says so, 16 ms apart. */
export function manualClock(): { clock: FrameClock; runFrames: (count: number) => void } {
  let now = 1000;
  let queue: Array<(t: number) => void> = [];
  const clock: FrameClock = {
    now: () => now,
    request: (callback) => queue.push(callback),
    cancel: () => {
      queue = [];
    },
  };
  const runFrames = (count: number) => {
    for (let i = 0; i < count && queue.length > 0; i += 1) {
      now += 16;
      const current = queue;
      queue = [];
      for (const callback of current) callback(now);
    }
  };
  return { clock, runFrames };
}

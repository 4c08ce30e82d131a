/**
 * A bounded work queue with two priorities. Written here rather than taken from p-limit, which has no priorities:
 * a photo a visitor is waiting for (a request) must overtake the background generation of a whole bundle.
 */

/** Runs at most `concurrency` tasks at a time; `urgent` tasks start before queued normal ones. */
export interface TaskQueue {
  run<T>(task: () => Promise<T>, urgent?: boolean): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Most tasks that ever ran at the same time (for tests and measurements). */
  readonly peak: number;
}

/** @param concurrency Tasks at a time, at least 1. */
export function createTaskQueue(concurrency: number): TaskQueue {
  const limit = Math.max(1, Math.floor(concurrency));
  const waiting: (() => void)[] = [];
  let active = 0;
  let peak = 0;
  const next = () => {
    if (active >= limit) return;
    const start = waiting.shift();
    if (start) start();
  };
  return {
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
    run(task, urgent = false) {
      return new Promise((resolve, reject) => {
        const start = () => {
          active += 1;
          peak = Math.max(peak, active);
          task()
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              next();
            });
        };
        if (urgent) waiting.unshift(start);
        else waiting.push(start);
        next();
      });
    },
  };
}

/**
 * Lays out the model's other zoom levels while nobody touches the screen, one after another in idle periods,
 * nearest first, so no layout work is left for the frames of a zoom.
 */
import type { TimelineModel } from './timelineModel';

/** Idle time a level layout may start in, ms: less is left for the browser's own work. */
const MIN_IDLE_MS = 8;

/**
 * Warms `model.level(1 … levelCount − 1)` in idle callbacks and marks `timeline:levels-warm` when all are laid
 * out (the benchmark reports it, and starts its gestures once the kiosk is ready, as a visitor meets it).
 * @returns Stops warming.
 */
export function warmLevelsWhenIdle(model: Pick<TimelineModel, 'level' | 'levelCount'>): () => void {
  let handle: number | undefined;
  let next = 1;
  const warm = (deadline: IdleDeadline) => {
    while (next < model.levelCount && deadline.timeRemaining() > MIN_IDLE_MS) model.level(next++);
    handle = next < model.levelCount ? requestIdleCallback(warm) : undefined;
    if (handle === undefined) performance.mark('timeline:levels-warm');
  };
  handle = requestIdleCallback(warm);
  return () => {
    if (handle !== undefined) cancelIdleCallback(handle);
  };
}

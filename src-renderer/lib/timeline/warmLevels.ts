/**
 * Lays out the model's other zoom levels while nobody touches the screen, one after another in idle periods,
 * nearest first, so no layout work is left for the frames of a zoom.
 */
import type { TimelineModel } from './timelineModel';

/** Idle time a level layout may start in, ms: less is left for the browser's own work. */
const MIN_IDLE_MS = 8;

/**
 * Warms `model.level(1 … levelCount − 1)` in idle callbacks.
 * @returns Stops warming.
 */
export function warmLevelsWhenIdle(model: Pick<TimelineModel, 'level' | 'levelCount'>): () => void {
  let handle: number | undefined;
  let next = 1;
  const warm = (deadline: IdleDeadline) => {
    while (next < model.levelCount && deadline.timeRemaining() > MIN_IDLE_MS) model.level(next++);
    handle = next < model.levelCount ? requestIdleCallback(warm) : undefined;
  };
  handle = requestIdleCallback(warm);
  return () => {
    if (handle !== undefined) cancelIdleCallback(handle);
  };
}

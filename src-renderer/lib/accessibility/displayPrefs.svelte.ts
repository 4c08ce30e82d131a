/**
 * The display preferences in effect: the visitor's switches combined with the system setting for reduced
 * motion. Read inside templates or `$derived` for live updates.
 */
import { prefersReducedMotion } from 'svelte/motion';
import { kioskSession } from '../kioskSession.svelte';

/** True when motion should be reduced: the visitor's switch or the operating system asks for it. */
export function reducedMotion(): boolean {
  return kioskSession.prefs.reducedMotion || prefersReducedMotion.current;
}

/** How much large-text mode enlarges text, the timeline's labels included (styles/typeScale.css `--type-factor`). */
export const LARGE_TEXT_FACTOR = 1.25;

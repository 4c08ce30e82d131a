/**
 * The label font of the timeline: labels are measured with it, so the first layout waits a little for it. Its
 * loading starts when this module is evaluated (the entry chunk, in parallel with the bundle), not when the
 * timeline mounts; index.html preloads it as well.
 */
import { SURFACE } from './surfaceMetrics';

const labelFontLoading: Promise<unknown> =
  typeof document === 'undefined' ? Promise.resolve() : document.fonts.load(SURFACE.labelFont).catch(() => undefined);

/**
 * The first layout waits at most this long for the font, ms; a later font re-measures the labels once. The
 * first frame must not hang on a slow disk (issue 7: first render ≤ 400 ms).
 */
export const FONT_WAIT_MS = 80;

/** True when the label font is usable now (the document usually preloaded it). */
export function labelFontLoaded(): boolean {
  return typeof document !== 'undefined' && document.fonts.check(SURFACE.labelFont);
}

/**
 * Waits for the label font: `target.fontArrived()` is called when it arrives, or after {@link FONT_WAIT_MS} and
 * again when it arrives later (the target then measures again). When the wait ends and the font turns out to be
 * there already (its promise was only queued behind the app's start-up work), it counts as arrived, so the labels
 * are laid out once instead of twice. Marks `timeline:fonts-ready` for the benchmark.
 * @param font How the font is loaded and checked; the document's by default, injectable for tests.
 * @returns Cancels the timer.
 */
export function awaitLabelFont(
  target: { fontArrived: () => void },
  font: { loading: Promise<unknown>; loaded: () => boolean } = { loading: labelFontLoading, loaded: labelFontLoaded },
): () => void {
  let arrived = false;
  const arrive = () => {
    if (arrived) return;
    arrived = true;
    clearTimeout(timer);
    performance.mark('timeline:fonts-ready');
    target.fontArrived();
  };
  const timer = setTimeout(() => (font.loaded() ? arrive() : target.fontArrived()), FONT_WAIT_MS);
  void font.loading.finally(arrive);
  return () => {
    if (!arrived) clearTimeout(timer);
  };
}

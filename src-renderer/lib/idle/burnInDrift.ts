/**
 * Burn-in protection: static content moves along a slow closed path (a Lissajous figure), a few px over minutes,
 * so no pixel shows the same bright edge for hours. Too slow to be noticed; transform only.
 */

/** How far and how slowly the drift moves. */
export interface DriftOptions {
  /** Largest offset from the rest position, px. Default 6. */
  amplitudePx?: number;
  /** Time for one horizontal cycle, ms. Default 7 minutes; the vertical cycle is 1.6 × longer. */
  periodMs?: number;
}

/** An offset in px. */
export interface DriftOffset {
  x: number;
  y: number;
}

/** The drift offset `elapsedMs` after the drift started; (0, 0) at the start. */
export function driftOffset(elapsedMs: number, options: DriftOptions = {}): DriftOffset {
  const amplitude = options.amplitudePx ?? 6;
  const period = options.periodMs ?? 7 * 60_000;
  const phase = (2 * Math.PI * elapsedMs) / period;
  // Different periods on the axes, so the path covers an area instead of a line; rounded to whole device px.
  return {
    x: Math.round(amplitude * Math.sin(phase) * 10) / 10,
    y: Math.round(amplitude * Math.sin(phase / 1.6) * 10) / 10,
  };
}

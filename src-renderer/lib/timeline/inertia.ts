/**
 * Inertia for flings: velocity from recent pointer samples, then exponential decay (friction), as native
 * scroll views do. Time is injected; units are px and ms.
 */

/** One pointer position at time `t` (ms). */
export interface MotionSample {
  x: number;
  y: number;
  t: number;
}

/** A running fling: start velocity in px/ms at `startT` (ms). */
export interface Fling {
  vx: number;
  vy: number;
  startT: number;
  /** Decay time constant, ms: after it, velocity is 1/e of the start (default 325, like iOS scroll views). */
  tau: number;
}

/** Default decay time constant, ms. */
export const DEFAULT_TAU_MS = 325;
/** Below this speed (px/ms) a fling is over. */
export const MIN_FLING_SPEED = 0.02;
/** Flings are capped at this speed (px/ms) so one wild flick cannot throw the view across decades. */
export const MAX_FLING_SPEED = 6;

/**
 * Velocity (px/ms) over the samples of the last `windowMs` ms before `now`; zero when the finger rested or
 * there are fewer than two samples.
 */
export function estimateVelocity(samples: readonly MotionSample[], now: number, windowMs = 100): { vx: number; vy: number } {
  const recent = samples.filter((sample) => now - sample.t <= windowMs);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || last.t - first.t < 1) return { vx: 0, vy: 0 };
  const dt = last.t - first.t;
  return { vx: clampSpeed((last.x - first.x) / dt), vy: clampSpeed((last.y - first.y) / dt) };
}

function clampSpeed(v: number): number {
  return Math.max(-MAX_FLING_SPEED, Math.min(MAX_FLING_SPEED, v));
}

/** A fling that starts at `startT` with the given velocity, or `undefined` when it is too slow to matter. */
export function startFling(vx: number, vy: number, startT: number, tau = DEFAULT_TAU_MS): Fling | undefined {
  if (Math.hypot(vx, vy) < MIN_FLING_SPEED * 5) return undefined;
  return { vx, vy, startT, tau };
}

/** Total displacement (px) of `fling` from its start until time `t` (ms), and whether it has come to rest. */
export function flingOffset(fling: Fling, t: number): { dx: number; dy: number; done: boolean } {
  const elapsed = Math.max(0, t - fling.startT);
  const decay = Math.exp(-elapsed / fling.tau);
  const speed = Math.hypot(fling.vx, fling.vy) * decay;
  return {
    dx: fling.vx * fling.tau * (1 - decay),
    dy: fling.vy * fling.tau * (1 - decay),
    done: speed < MIN_FLING_SPEED,
  };
}

/** Where a fling will come to rest, px from its start. */
export function flingDistance(fling: Fling): { dx: number; dy: number } {
  return { dx: fling.vx * fling.tau, dy: fling.vy * fling.tau };
}

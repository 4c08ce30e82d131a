/**
 * The kiosk's idle cycle as a pure state machine; the caller feeds it touches and clock ticks with the time.
 *
 * `active` — someone is using the kiosk. After `idleMs` without a touch → `countdown` (a visible warning that
 * the exhibition starts over). A touch during the countdown returns to `active`; when it runs out the session is
 * reset and the machine goes to `attract` (the loop that invites passers-by). The first touch in `attract` wakes
 * the kiosk and opens the item that was showing.
 */

/** Where the idle cycle stands. */
export type IdlePhase = 'active' | 'countdown' | 'attract';

/** Timing of the cycle. */
export interface IdleConfig {
  /** Time without touch before the countdown starts, ms (the kiosk setting `idleTimeoutSeconds` × 1000). */
  idleMs: number;
  /** Length of the visible countdown, ms. */
  countdownMs: number;
}

/** Default countdown length, ms: long enough to read the notice and touch. */
export const DEFAULT_COUNTDOWN_MS = 10_000;

/** The machine's state: the phase and when the last touch (or phase entry) happened. */
export interface IdleState {
  phase: IdlePhase;
  /** Time of the last touch, ms on the caller's clock. */
  lastActivityMs: number;
}

/**
 * What the caller must do after a step: `reset` the session (countdown ran out, attract starts), or `wake` from
 * attract (open the item that was showing). `none` when nothing happens beyond the state change.
 */
export type IdleEffect = 'none' | 'reset' | 'wake';

/** The result of one step. */
export interface IdleStep {
  state: IdleState;
  effect: IdleEffect;
}

/** The start: active, as if touched at `nowMs`. */
export function initialIdleState(nowMs: number): IdleState {
  return { phase: 'active', lastActivityMs: nowMs };
}

/** A touch, key press or wheel turn at `nowMs`. */
export function idleActivity(state: IdleState, nowMs: number): IdleStep {
  return {
    state: { phase: 'active', lastActivityMs: nowMs },
    effect: state.phase === 'attract' ? 'wake' : 'none',
  };
}

/** The clock moved on to `nowMs` without a touch. */
export function idleTick(state: IdleState, nowMs: number, config: IdleConfig): IdleStep {
  if (state.phase === 'attract') return { state, effect: 'none' };
  const quietMs = nowMs - state.lastActivityMs;
  if (quietMs >= config.idleMs + config.countdownMs) {
    return { state: { phase: 'attract', lastActivityMs: state.lastActivityMs }, effect: 'reset' };
  }
  if (quietMs >= config.idleMs && state.phase === 'active') {
    return { state: { phase: 'countdown', lastActivityMs: state.lastActivityMs }, effect: 'none' };
  }
  return { state, effect: 'none' };
}

/**
 * Whole seconds left in the countdown at `nowMs` (rounded up, so it shows 10 … 1), 0 outside the countdown.
 */
export function countdownSecondsLeft(state: IdleState, nowMs: number, config: IdleConfig): number {
  if (state.phase !== 'countdown') return 0;
  const leftMs = state.lastActivityMs + config.idleMs + config.countdownMs - nowMs;
  return Math.max(0, Math.ceil(leftMs / 1000));
}

/**
 * What the kiosk does when its page fails (renderer crash, hang, GPU process crash, blank page): pure decisions
 * from the failure history, so the policy is tested without Electron.
 */

/** What to do about a failure. */
export type RecoveryAction =
  /** Reload the page in the same window. */
  | { kind: 'reload' }
  /** Restart the whole app (new processes, fresh memory). */
  | { kind: 'relaunch' }
  /** Too many relaunches: wait this long (ms) before trying again, so a broken install does not spin. */
  | { kind: 'wait'; ms: number };

/** Thresholds of the policy; the defaults suit a kiosk that must come back by itself. */
export interface RecoveryPolicyOptions {
  /** Failures within {@link windowMs} that are still answered with a reload. Default 3. */
  maxReloads: number;
  /** Time window (ms) over which failures are counted. Default 10 minutes. */
  windowMs: number;
  /** Relaunches within {@link relaunchWindowMs} before backing off. Default 5. */
  maxRelaunches: number;
  /** Window (ms) for counting relaunches. Default 1 hour. */
  relaunchWindowMs: number;
  /** Back-off (ms) once relaunches are exhausted. Default 5 minutes. */
  backoffMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicyOptions = {
  maxReloads: 3,
  windowMs: 10 * 60_000,
  maxRelaunches: 5,
  relaunchWindowMs: 60 * 60_000,
  backoffMs: 5 * 60_000,
};

/**
 * Decides how to recover from a failure at `now`.
 * @param failures Times (ms) of earlier page failures in this process, oldest first, not including this one.
 * @param relaunches Times (ms) of earlier relaunches (persisted across restarts), oldest first.
 */
export function decideRecovery(
  now: number,
  failures: readonly number[],
  relaunches: readonly number[],
  options: RecoveryPolicyOptions = DEFAULT_RECOVERY_POLICY,
): RecoveryAction {
  const recentFailures = failures.filter((time) => now - time < options.windowMs).length;
  if (recentFailures < options.maxReloads) return { kind: 'reload' };
  return decideRelaunch(now, relaunches, options);
}

/**
 * The relaunch budget alone, for a failure that no reload can answer (the browser route's browser process is
 * gone): relaunch while the budget lasts, else back off.
 * @param relaunches Times (ms) of earlier relaunches (persisted across restarts), oldest first.
 */
export function decideRelaunch(
  now: number,
  relaunches: readonly number[],
  options: RecoveryPolicyOptions = DEFAULT_RECOVERY_POLICY,
): Exclude<RecoveryAction, { kind: 'reload' }> {
  const recentRelaunches = relaunches.filter((time) => now - time < options.relaunchWindowMs);
  if (recentRelaunches.length < options.maxRelaunches) return { kind: 'relaunch' };
  return { kind: 'wait', ms: options.backoffMs };
}

/** What the kiosk window may do beyond {@link RecoveryAction}: serve something else than the version that fails. */
export type WindowRecoveryAction =
  | RecoveryAction
  /**
   * The page kept failing through the whole relaunch budget while a library version was shown: show the previous
   * good version (or the built-in show) instead, then load the page again.
   */
  | { kind: 'fallback' };

/** What the window's policy knows about falling back. */
export interface FallbackState {
  /** True while a library version is shown (there is something else to fall back to). */
  possible: boolean;
  /** Time (ms) of the latest fallback, or null: failures and relaunches before it were the old content's. */
  lastAt: number | null;
}

/** No fallback possible and none made (the built-in show, the preview's `--bundle`). */
export const NO_FALLBACK: FallbackState = { possible: false, lastAt: null };

/**
 * What a window's or browser's recovery needs to fall back from content that keeps crashing the page (the
 * runtime's `crashFallback`; used by the Electron window and the browser route's supervisor alike).
 */
export interface CrashFallback {
  /** Whether a fallback is possible now (a library version is shown) and when the last one was (ms). */
  state: () => FallbackState;
  /**
   * Holds the shown library version back (persisted in `crash-fallback.json`, the pointer unchanged) and shows the
   * previous good version or the built-in show, with a notice. Never rejects.
   * @param reason The last failure, for the log line.
   * @param at Time of the fallback (ms), on the same clock as the relaunch history.
   */
  fallBack: (reason: string, at: number) => Promise<void>;
}

/** The times (ms) from the latest fallback on: what came before it was the old content's. */
function sinceLastFallback(times: readonly number[], fallback: FallbackState): number[] {
  const since = fallback.lastAt ?? Number.NEGATIVE_INFINITY;
  return times.filter((time) => time >= since);
}

/** Where the policy would back off while a library version is shown, it falls back instead. */
function fallBackInsteadOfWaiting<A extends RecoveryAction>(action: A, fallback: FallbackState): A | { kind: 'fallback' } {
  return action.kind === 'wait' && fallback.possible ? { kind: 'fallback' } : action;
}

/**
 * {@link decideRecovery} for the Electron window: where it would back off (`wait`) while a library version is
 * shown, it falls back instead, since content that crashes the page five relaunches in a row will crash it again.
 * Counting starts again after a fallback, so the content shown then gets the whole budget of its own.
 * @param failures Times (ms) of earlier page failures in this process, oldest first, not including this one.
 * @param relaunches Times (ms) of earlier relaunches (persisted across restarts), oldest first.
 */
export function decideWindowRecovery(
  now: number,
  failures: readonly number[],
  relaunches: readonly number[],
  fallback: FallbackState,
  options: RecoveryPolicyOptions = DEFAULT_RECOVERY_POLICY,
): WindowRecoveryAction {
  const action = decideRecovery(now, sinceLastFallback(failures, fallback), sinceLastFallback(relaunches, fallback), options);
  return fallBackInsteadOfWaiting(action, fallback);
}

/**
 * {@link decideRelaunch} with the fallback of {@link decideWindowRecovery}, for the browser route's browser process
 * that is gone (no reload can answer it): relaunch while the budget lasts; once it is spent while a library
 * version is shown, fall back instead of backing off. Counting starts again after a fallback.
 * @param relaunches Times (ms) of earlier relaunches (persisted across restarts), oldest first.
 */
export function decideRelaunchOrFallback(
  now: number,
  relaunches: readonly number[],
  fallback: FallbackState,
  options: RecoveryPolicyOptions = DEFAULT_RECOVERY_POLICY,
): Exclude<WindowRecoveryAction, { kind: 'reload' }> {
  return fallBackInsteadOfWaiting(decideRelaunch(now, sinceLastFallback(relaunches, fallback), options), fallback);
}

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

/**
 * Memory watchdog: Electron kiosks are known to run out of memory after days (electron#45201), so the kiosk
 * relaunches itself when memory stays above a limit. Pure state machine; Electron feeds it samples.
 */

/** Watchdog configuration. */
export interface MemoryWatchdogOptions {
  /** Limit in MB (working set of all the app's processes). */
  limitMb: number;
  /** Consecutive samples above the limit before acting, so one spike (e.g. decoding a photo) is tolerated. */
  consecutive: number;
}

/** The watchdog's memory of recent samples. */
export interface MemoryWatchdogState {
  overCount: number;
}

export const INITIAL_WATCHDOG_STATE: MemoryWatchdogState = { overCount: 0 };

/**
 * Takes one sample (MB) and returns the new state and whether to relaunch now.
 */
export function sampleMemory(
  state: MemoryWatchdogState,
  sampleMb: number,
  options: MemoryWatchdogOptions,
): { state: MemoryWatchdogState; relaunch: boolean } {
  const overCount = sampleMb > options.limitMb ? state.overCount + 1 : 0;
  return { state: { overCount }, relaunch: overCount >= options.consecutive };
}

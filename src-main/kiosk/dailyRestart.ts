/**
 * The optional daily restart: a fresh start every night keeps a weeks-long run healthy (white screens after
 * ~30 h, electron#2295). Pure: the clock is passed in.
 */

/**
 * The next moment (ms since epoch) at local time `clock` (`HH:MM`) strictly after `now`, or `undefined` for no
 * restart. Built from local calendar fields, so it stays at the wall-clock time across daylight-saving changes;
 * on the spring-forward night a time inside the skipped hour happens an hour later, as `Date` resolves it.
 */
export function nextDailyRestart(now: number, clock: string | null): number | undefined {
  if (clock === null) return undefined;
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  const today = new Date(now);
  for (let dayOffset = 0; dayOffset <= 2; dayOffset += 1) {
    const candidate = new Date(today.getFullYear(), today.getMonth(), today.getDate() + dayOffset, hours, minutes, 0, 0);
    if (candidate.getTime() > now) return candidate.getTime();
  }
  return undefined;
}

/**
 * True when the kiosk has run at least `minUptimeMs` and the planned restart time has come; the uptime guard
 * keeps a kiosk started at 04:29 from restarting at 04:30.
 */
export function isRestartDue(now: number, plannedAt: number | undefined, startedAt: number, minUptimeMs = 60 * 60_000): boolean {
  return plannedAt !== undefined && now >= plannedAt && now - startedAt >= minUptimeMs;
}

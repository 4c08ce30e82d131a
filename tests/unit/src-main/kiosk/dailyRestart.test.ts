import { describe, expect, it } from 'vitest';
import { isRestartDue, nextDailyRestart } from '../../../../src-main/kiosk/dailyRestart';

// Local-time based: build expectations with the same local calendar so the test holds in any time zone.
const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();

describe('nextDailyRestart', () => {
  const cases = [
    { name: 'later today', now: local(2026, 11, 24, 3, 0), clock: '04:30', expected: local(2026, 11, 24, 4, 30) },
    { name: 'tomorrow when passed', now: local(2026, 11, 24, 5, 0), clock: '04:30', expected: local(2026, 11, 25, 4, 30) },
    { name: 'exactly now means tomorrow', now: local(2026, 11, 24, 4, 30), clock: '04:30', expected: local(2026, 11, 25, 4, 30) },
    { name: 'across the month end', now: local(2026, 11, 30, 23, 0), clock: '04:30', expected: local(2026, 12, 1, 4, 30) },
    { name: 'none configured', now: local(2026, 11, 24, 3, 0), clock: null, expected: undefined },
    { name: 'malformed', now: local(2026, 11, 24, 3, 0), clock: '4:30', expected: undefined },
  ];
  for (const { name, now, clock, expected } of cases) {
    it(name, () => expect(nextDailyRestart(now, clock)).toBe(expected));
  }
});

describe('isRestartDue', () => {
  const planned = local(2026, 11, 25, 4, 30);
  it('is due at the planned time after enough uptime', () => {
    expect(isRestartDue(planned, planned, planned - 20 * 3600_000)).toBe(true);
  });
  it('is not due before the planned time', () => {
    expect(isRestartDue(planned - 1, planned, planned - 20 * 3600_000)).toBe(false);
  });
  it('is not due right after a start', () => {
    expect(isRestartDue(planned, planned, planned - 60_000)).toBe(false);
  });
  it('is never due without a plan', () => {
    expect(isRestartDue(planned, undefined, 0)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { decideRecovery, decideRelaunch, DEFAULT_RECOVERY_POLICY } from '../../../../src-main/kiosk/recoveryPolicy';

const MIN = 60_000;
const now = 1_000 * MIN;

describe('decideRecovery', () => {
  const cases = [
    { name: 'first failure reloads', failures: [], relaunches: [], expected: { kind: 'reload' } },
    { name: 'two recent failures still reload', failures: [now - 2 * MIN, now - MIN], relaunches: [], expected: { kind: 'reload' } },
    {
      name: 'third recent failure relaunches',
      failures: [now - 3 * MIN, now - 2 * MIN, now - MIN],
      relaunches: [],
      expected: { kind: 'relaunch' },
    },
    {
      name: 'old failures are forgotten',
      failures: [now - 30 * MIN, now - 20 * MIN, now - 11 * MIN],
      relaunches: [],
      expected: { kind: 'reload' },
    },
    {
      name: 'too many relaunches within the hour back off',
      failures: [now - 3 * MIN, now - 2 * MIN, now - MIN],
      relaunches: [now - 50 * MIN, now - 40 * MIN, now - 30 * MIN, now - 20 * MIN, now - 10 * MIN],
      expected: { kind: 'wait', ms: DEFAULT_RECOVERY_POLICY.backoffMs },
    },
    {
      name: 'relaunches older than an hour do not count',
      failures: [now - 3 * MIN, now - 2 * MIN, now - MIN],
      relaunches: [now - 120 * MIN, now - 110 * MIN, now - 100 * MIN, now - 90 * MIN, now - 80 * MIN],
      expected: { kind: 'relaunch' },
    },
  ];
  for (const { name, failures, relaunches, expected } of cases) {
    it(name, () => expect(decideRecovery(now, failures, relaunches)).toEqual(expected));
  }
});

describe('decideRelaunch (the browser route: a browser process that is gone cannot be reloaded)', () => {
  const cases = [
    { name: 'relaunches while the budget lasts', relaunches: [now - 10 * MIN], expected: { kind: 'relaunch' } },
    {
      name: 'backs off after five relaunches within the hour',
      relaunches: [now - 50 * MIN, now - 40 * MIN, now - 30 * MIN, now - 20 * MIN, now - 10 * MIN],
      expected: { kind: 'wait', ms: DEFAULT_RECOVERY_POLICY.backoffMs },
    },
  ];
  for (const { name, relaunches, expected } of cases) {
    it(name, () => expect(decideRelaunch(now, relaunches)).toEqual(expected));
  }
});

import { describe, expect, it } from 'vitest';
import {
  decideRecovery,
  decideRelaunch,
  decideRelaunchOrFallback,
  decideWindowRecovery,
  DEFAULT_RECOVERY_POLICY,
  NO_FALLBACK,
  type FallbackState,
  type WindowRecoveryAction,
} from '../../../../src-main/kiosk/recoveryPolicy';

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

describe('decideWindowRecovery (the Electron window: content that keeps crashing the page is given up)', () => {
  const threeFailures = [now - 3 * MIN, now - 2 * MIN, now - MIN];
  const budgetSpent = [now - 50 * MIN, now - 40 * MIN, now - 30 * MIN, now - 20 * MIN, now - 10 * MIN];
  const library: FallbackState = { possible: true, lastAt: null };
  const cases: { name: string; failures: number[]; relaunches: number[]; fallback: FallbackState; expected: WindowRecoveryAction }[] = [
    { name: 'a first failure reloads, whatever is shown', failures: [], relaunches: budgetSpent, fallback: library, expected: { kind: 'reload' } },
    { name: 'repeated failures relaunch while the budget lasts', failures: threeFailures, relaunches: [now - 10 * MIN], fallback: library, expected: { kind: 'relaunch' } },
    { name: 'a library version with the budget spent falls back', failures: threeFailures, relaunches: budgetSpent, fallback: library, expected: { kind: 'fallback' } },
    {
      name: 'the built-in show with the budget spent backs off (nothing to fall back to)',
      failures: threeFailures,
      relaunches: budgetSpent,
      fallback: NO_FALLBACK,
      expected: { kind: 'wait', ms: DEFAULT_RECOVERY_POLICY.backoffMs },
    },
    {
      name: 'after a fallback the failures before it no longer count: the next one reloads',
      failures: threeFailures,
      relaunches: budgetSpent,
      fallback: { possible: true, lastAt: now - 30 * 1000 },
      expected: { kind: 'reload' },
    },
    {
      name: 'after a fallback the relaunches before it no longer count: the fallen-back show gets its own budget',
      failures: [now - 25_000, now - 20_000, now - 10_000],
      relaunches: budgetSpent,
      fallback: { possible: true, lastAt: now - 30 * 1000 },
      expected: { kind: 'relaunch' },
    },
    {
      name: 'the fallen-back version spending its own budget falls back again',
      failures: threeFailures,
      relaunches: [now - 55 * MIN, now - 50 * MIN, now - 40 * MIN, now - 30 * MIN, now - 20 * MIN, now - 10 * MIN],
      fallback: { possible: true, lastAt: now - 56 * MIN },
      expected: { kind: 'fallback' },
    },
    {
      name: 'the built-in show reached by fallbacks backs off once its budget is spent',
      failures: threeFailures,
      relaunches: budgetSpent,
      fallback: { possible: false, lastAt: now - 56 * MIN },
      expected: { kind: 'wait', ms: DEFAULT_RECOVERY_POLICY.backoffMs },
    },
  ];
  for (const { name, failures, relaunches, fallback, expected } of cases) {
    it(name, () => expect(decideWindowRecovery(now, failures, relaunches, fallback)).toEqual(expected));
  }
});

describe('decideRelaunchOrFallback (the browser route: a browser that keeps dying with a library version shown)', () => {
  const budgetSpent = [now - 50 * MIN, now - 40 * MIN, now - 30 * MIN, now - 20 * MIN, now - 10 * MIN];
  const cases: { name: string; relaunches: number[]; fallback: FallbackState; expected: WindowRecoveryAction }[] = [
    { name: 'relaunches while the budget lasts', relaunches: [now - 10 * MIN], fallback: { possible: true, lastAt: null }, expected: { kind: 'relaunch' } },
    { name: 'falls back once the budget is spent on a library version', relaunches: budgetSpent, fallback: { possible: true, lastAt: null }, expected: { kind: 'fallback' } },
    {
      name: 'backs off with the built-in show (nothing to fall back to)',
      relaunches: budgetSpent,
      fallback: NO_FALLBACK,
      expected: { kind: 'wait', ms: DEFAULT_RECOVERY_POLICY.backoffMs },
    },
    {
      name: 'after a fallback the relaunches before it no longer count',
      relaunches: budgetSpent,
      fallback: { possible: true, lastAt: now - 5 * MIN },
      expected: { kind: 'relaunch' },
    },
  ];
  for (const { name, relaunches, fallback, expected } of cases) {
    it(name, () => expect(decideRelaunchOrFallback(now, relaunches, fallback)).toEqual(expected));
  }
});

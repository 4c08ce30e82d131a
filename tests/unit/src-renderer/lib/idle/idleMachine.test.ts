import { describe, expect, it } from 'vitest';
import {
  countdownSecondsLeft,
  type IdleConfig,
  idleActivity,
  type IdleState,
  idleTick,
  initialIdleState,
} from '../../../../../src-renderer/lib/idle/idleMachine';

const config: IdleConfig = { idleMs: 15_000, countdownMs: 10_000 };

describe('idleTick', () => {
  const cases: { name: string; state: IdleState; now: number; phase: string; effect: string }[] = [
    { name: 'stays active before the idle time', state: initialIdleState(0), now: 14_999, phase: 'active', effect: 'none' },
    { name: 'starts the countdown at the idle time', state: initialIdleState(0), now: 15_000, phase: 'countdown', effect: 'none' },
    { name: 'keeps counting down', state: { phase: 'countdown', lastActivityMs: 0 }, now: 24_999, phase: 'countdown', effect: 'none' },
    { name: 'resets when the countdown ran out', state: { phase: 'countdown', lastActivityMs: 0 }, now: 25_000, phase: 'attract', effect: 'reset' },
    { name: 'resets once even when ticks were missed (sleeping machine)', state: initialIdleState(0), now: 600_000, phase: 'attract', effect: 'reset' },
    { name: 'stays in attract without another reset', state: { phase: 'attract', lastActivityMs: 0 }, now: 9_000_000, phase: 'attract', effect: 'none' },
  ];
  for (const { name, state, now, phase, effect } of cases) {
    it(name, () => {
      const step = idleTick(state, now, config);
      expect(step.state.phase).toBe(phase);
      expect(step.effect).toBe(effect);
    });
  }
});

describe('idleActivity', () => {
  const cases: { from: IdleState['phase']; effect: string }[] = [
    { from: 'active', effect: 'none' },
    { from: 'countdown', effect: 'none' },
    { from: 'attract', effect: 'wake' },
  ];
  for (const { from, effect } of cases) {
    it(`a touch in ${from} returns to active with effect ${effect}`, () => {
      const step = idleActivity({ phase: from, lastActivityMs: 0 }, 40_000);
      expect(step).toEqual({ state: { phase: 'active', lastActivityMs: 40_000 }, effect });
    });
  }

  it('a touch during the countdown starts the idle time anew', () => {
    const touched = idleActivity({ phase: 'countdown', lastActivityMs: 0 }, 20_000).state;
    expect(idleTick(touched, 34_999, config).state.phase).toBe('active');
    expect(idleTick(touched, 35_000, config).state.phase).toBe('countdown');
  });
});

describe('countdownSecondsLeft', () => {
  const cases: { now: number; phase: IdleState['phase']; seconds: number }[] = [
    { now: 15_000, phase: 'countdown', seconds: 10 },
    { now: 15_001, phase: 'countdown', seconds: 10 },
    { now: 24_000, phase: 'countdown', seconds: 1 },
    { now: 25_000, phase: 'countdown', seconds: 0 },
    { now: 20_000, phase: 'active', seconds: 0 },
    { now: 20_000, phase: 'attract', seconds: 0 },
  ];
  for (const { now, phase, seconds } of cases) {
    it(`${phase} at ${now} ms shows ${seconds}`, () => {
      expect(countdownSecondsLeft({ phase, lastActivityMs: 0 }, now, config)).toBe(seconds);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { INITIAL_WATCHDOG_STATE, sampleMemory } from '../../../../src-main/kiosk/memoryWatchdog';

describe('sampleMemory', () => {
  const options = { limitMb: 1000, consecutive: 3 };
  const cases = [
    { name: 'below the limit never relaunches', samples: [100, 500, 999, 1000], relaunchAt: -1 },
    { name: 'one spike is tolerated', samples: [1200, 800, 1200, 800, 1200], relaunchAt: -1 },
    { name: 'three samples in a row over the limit relaunch', samples: [900, 1100, 1200, 1300], relaunchAt: 3 },
    { name: 'a dip resets the count', samples: [1100, 1100, 900, 1100, 1100, 1100], relaunchAt: 5 },
  ];
  for (const { name, samples, relaunchAt } of cases) {
    it(name, () => {
      let state = INITIAL_WATCHDOG_STATE;
      const decisions = samples.map((sample) => {
        const result = sampleMemory(state, sample, options);
        state = result.state;
        return result.relaunch;
      });
      expect(decisions.indexOf(true)).toBe(relaunchAt);
    });
  }
});

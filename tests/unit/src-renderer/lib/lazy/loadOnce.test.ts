import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../../../src-renderer/lib/lazy/loadOnce';

/** A loader whose outcomes are scripted per call; it counts its calls. */
function scriptedLoader(outcomes: ReadonlyArray<'ok' | 'fail'>) {
  let calls = 0;
  const load = async (): Promise<string> => {
    const outcome = outcomes[calls] ?? 'ok';
    calls += 1;
    if (outcome === 'fail') throw new Error(`load ${calls} failed`);
    return `module ${calls}`;
  };
  return { load, calls: () => calls };
}

describe('loadOnce', () => {
  it.each([
    { name: 'callers at once share one load', outcomes: ['ok'], groups: [3], expectedCalls: 1, expected: ['module 1', 'module 1', 'module 1'] },
    { name: 'a later caller gets the loaded module', outcomes: ['ok'], groups: [1, 1], expectedCalls: 1, expected: ['module 1', 'module 1'] },
    { name: 'a failed load is retried by the next caller', outcomes: ['fail', 'ok'], groups: [1, 1, 1], expectedCalls: 2, expected: ['load 1 failed', 'module 2', 'module 2'] },
    { name: 'callers of a failing load all see the failure', outcomes: ['fail', 'ok'], groups: [2, 1], expectedCalls: 2, expected: ['load 1 failed', 'load 1 failed', 'module 2'] },
  ] as const)('$name', async ({ outcomes, groups, expectedCalls, expected }) => {
    const loader = scriptedLoader(outcomes);
    const shared = loadOnce(loader.load);
    const results: string[] = [];
    // The callers of a group call at once; the next group calls after that load has settled.
    for (const size of groups) {
      const settled = await Promise.allSettled(Array.from({ length: size }, () => shared()));
      for (const result of settled) results.push(result.status === 'fulfilled' ? result.value : (result.reason as Error).message);
    }
    expect(results).toEqual(expected);
    expect(loader.calls()).toBe(expectedCalls);
  });
});

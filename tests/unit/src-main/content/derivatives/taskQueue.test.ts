import { describe, expect, it } from 'vitest';
import { createTaskQueue } from '../../../../../src-main/content/derivatives/taskQueue';

/** A task that finishes when `release` is called, recording its start in `started`. */
function gate(name: string, started: string[]) {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: async () => { started.push(name); await done; return name; }, release: () => release() };
}

describe('task queue', () => {
  it.each([1, 2, 3])('never runs more than %i tasks at a time', async (concurrency) => {
    const queue = createTaskQueue(concurrency);
    const started: string[] = [];
    const gates = Array.from({ length: 6 }, (_, index) => gate(`t${index}`, started));
    const results = gates.map((g) => queue.run(g.task));
    await Promise.resolve();
    expect(started).toHaveLength(concurrency);
    for (const g of gates) {
      g.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(await Promise.all(results)).toEqual(gates.map((_, index) => `t${index}`));
    expect(queue.peak).toBe(concurrency);
    expect(queue.active).toBe(0);
  });

  it('starts an urgent task before queued normal ones', async () => {
    const queue = createTaskQueue(1);
    const started: string[] = [];
    const [a, b, urgent] = [gate('a', started), gate('b', started), gate('urgent', started)];
    const runs = [queue.run(a.task), queue.run(b.task), queue.run(urgent.task, true)];
    for (const g of [a, urgent, b]) {
      g.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all(runs);
    expect(started).toEqual(['a', 'urgent', 'b']);
  });

  it('passes a failure to its caller and goes on with the next task', async () => {
    const queue = createTaskQueue(1);
    const failing = queue.run(async () => {
      throw new Error('kaputt');
    });
    const next = queue.run(async () => 'weiter');
    await expect(failing).rejects.toThrow('kaputt');
    expect(await next).toBe('weiter');
  });
});

/**
 * "Activation survives being killed at random points" (issue 3): a child process activates a bundle of some MB
 * into a library that already shows a good version, and is killed with SIGKILL — at every named step, right at
 * the start, and at seeded random moments. After each kill, recovery must leave the old or the new version active
 * and intact, the source untouched, and a following activation must succeed.
 *
 * The child runs as `node --import tsx` (one process, so the kill hits the activating process itself; the tsx CLI
 * would put a second process in between). Each child is started while the previous one runs and is checked, and
 * waits for `GO` before it touches the library, so its start-up time is not added to the test's.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVATION_STEPS, openContentLibrary, type ActivationStep, type ContentLibrary } from '../../../../src-main/library/contentLibrary';
import { snapshotTree, validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';
import { seededRandom } from '../../../support/seededRandom';
import { makeTempDir } from '../../../support/tempDir';

const CHILD = path.resolve('tests/support/libraryActivateChild.ts');
/** Steps after which the pointer names the new version. */
const SWITCHED: readonly ActivationStep[] = ['pointer-switched', 'pruned'];

/** Where the kill lands: paused at a step, before the child even runs, or a delay after GO (`Infinity`: never). */
type Kill = { at: 'step'; step: ActivationStep } | { at: 'start' } | { at: 'delay'; ms: number };

interface ChildRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  /** Time from GO to the child's DONE line, when it got that far. */
  goToDoneMs?: number;
}

/** A started child that waits for GO. */
interface WaitingChild {
  go: (kill: Kill) => Promise<ChildRun>;
}

function startChild(dataDir: string, source: string, seed: number): WaitingChild {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dataDir, source, String(seed)],
    { env: { ...process.env, LIBRARY_WAIT_FOR_GO: '1', LIBRARY_PAUSE_AT: '' }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    buffered += text;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const listener of listeners) listener(line);
    }
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const closed = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== null && code !== 0) reject(new Error(`child exited ${code}: ${stderr}`));
      else resolve({ lines, signal });
    });
  });
  const ready = new Promise<void>((resolve) => {
    if (lines.some((line) => line.startsWith('READY'))) resolve();
    listeners.push((line) => line.startsWith('READY') && resolve());
  });

  return {
    go: async (kill) => {
      if (kill.at === 'start') {
        child.kill('SIGKILL');
        return closed;
      }
      await ready;
      const goAt = Date.now();
      let doneAt: number | undefined;
      listeners.push((line) => {
        if (line.startsWith('DONE')) doneAt = Date.now();
        if (kill.at === 'step' && line === `PAUSED ${kill.step}`) child.kill('SIGKILL');
      });
      child.stdin.end(kill.at === 'step' ? `GO ${kill.step}\n` : 'GO\n');
      if (kill.at === 'delay' && Number.isFinite(kill.ms)) setTimeout(() => child.kill('SIGKILL'), kill.ms);
      const run = await closed;
      return doneAt === undefined ? run : { ...run, goToDoneMs: doneAt - goAt };
    },
  };
}

describe('activation killed at random points', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let dataDir: string;
  let oldSource: string;
  let newSource: string;
  let newSnapshot: Record<string, string>;
  let library: ContentLibrary;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-crash-'));
    dataDir = path.join(dir, 'daten');
    oldSource = path.join(dir, 'alt');
    newSource = path.join(dir, 'neu');
    await writeTestBundle(oldSource, { id: 'alt', files: 6, fileBytes: 3_000, seed: 1 });
    // About 2.5 MB in 140 files of 4–32 KB: big enough that kills land in the middle of copying and verifying.
    await writeTestBundle(newSource, { id: 'neu', files: 140, fileBytes: [4_000, 32_000], seed: 2 });
    newSnapshot = await snapshotTree(newSource);
    library = openContentLibrary(dataDir, { random: seededRandom(99) });
    const first = await library.activate(oldSource, { validate: validateWithLoadBundle });
    expect(first.ok).toBe(true);
  });
  afterAll(() => cleanup());

  /** After a kill: recover, check what is active and intact, and that a following activation works. */
  async function expectRecovered(expected: 'alt' | 'neu' | 'alt-or-neu'): Promise<'alt' | 'neu'> {
    // A full recovery re-reads every file of the version it picks and checks its sha-256.
    const report = await library.recover({ verify: 'full' });
    expect(report.useBuiltInDefault).toBe(false);
    expect(report.repaired).toBe(false);
    const status = await library.status();
    const active = status.active?.bundleId;
    expect(active === 'alt' || active === 'neu').toBe(true);
    if (expected !== 'alt-or-neu') expect(active).toBe(expected);
    expect(report.active).toBe(status.active?.name);
    expect(report.bundleDir).toBe(await library.activeBundleDir());
    expect(await readdir(library.layout.stagingDir)).toEqual([]);
    expect((await readdir(library.layout.libraryDir)).sort()).toEqual(['active.json', 'staging', 'trash', 'versions']);
    expect(await snapshotTree(newSource)).toEqual(newSnapshot);
    // The following activation (back to the old show, the baseline for the next kill) must succeed.
    const again = await library.activate(oldSource, { validate: validateWithLoadBundle });
    expect(again.ok).toBe(true);
    return active as 'alt' | 'neu';
  }

  it('leaves the old or the new version intact wherever the kill lands', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const random = seededRandom(2025);
    let seed = 1_000;
    let next = startChild(dataDir, newSource, seed++);

    // An uninterrupted run shows a complete activation works and measures it, to spread the random kills over it.
    const fullRun = next.go({ at: 'delay', ms: Infinity });
    next = startChild(dataDir, newSource, seed++);
    const full = await fullRun;
    expect(full.lines.at(-1)).toMatch(/^DONE \d{8}-\d{6}-neu-[0-9a-z]{4}$/);
    expect(await expectRecovered('neu')).toBe('neu');
    const span = Math.round((full.goToDoneMs ?? 1_000) * 1.1);

    const kills: Kill[] = [
      ...ACTIVATION_STEPS.map((step): Kill => ({ at: 'step', step })),
      { at: 'start' },
      { at: 'delay', ms: 0 },
      ...Array.from({ length: 3 }, (): Kill => ({ at: 'delay', ms: Math.round(random() * span) })),
    ];
    const outcomes: string[] = [];
    for (const [index, kill] of kills.entries()) {
      const running = next.go(kill);
      // The next child loads while this one runs and is checked; it touches nothing before its GO.
      if (index < kills.length - 1) next = startChild(dataDir, newSource, seed++);
      const run = await running;
      if (kill.at !== 'delay') expect(run.signal).toBe('SIGKILL');
      const expected = kill.at === 'step' ? (SWITCHED.includes(kill.step) ? 'neu' : 'alt') : 'alt-or-neu';
      const active = await expectRecovered(expected);
      const where = kill.at === 'step' ? kill.step : kill.at === 'delay' ? `${kill.ms} ms after GO` : 'at start';
      outcomes.push(`${where}: ${run.signal ?? 'finished'} → ${active}`);
    }
    // Where the kills landed, for the log of a failing or slow run.
    console.log(`${kills.length + 1} runs in ${Date.now() - started} ms (activation ≈ ${span} ms):\n  ${outcomes.join('\n  ')}`);
  });
});

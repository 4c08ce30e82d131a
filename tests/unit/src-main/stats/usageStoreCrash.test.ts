/**
 * "A kill at any moment loses at most the last batch" (issue 18): a child process appends batches and is killed
 * with SIGKILL after a seeded random delay, 30 times in a row on the same store. After every kill the store must
 * read, hold every batch the child acknowledged (fsynced) in all earlier runs and this one, and hold no batch
 * twice or half.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUsage } from '../../../../src-main/stats/usageStore';
import { seededRandom } from '../../../support/seededRandom';
import { makeTempDir } from '../../../support/tempDir';

const CHILD_SOURCE = path.resolve('tests/support/usageWriterChild.ts');
const TRIALS = 30;

/** Runs one child from batch `first` and kills it after it acknowledged `ackBeforeKill` batches plus `extraMs`. */
function runAndKill(childScript: string, dataDir: string, first: number, ackBeforeKill: number, extraMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      buffered += text;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
      if (!armed && acked.length >= ackBeforeKill) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child ended ${code}: ${stderr}`))));
  });
}

describe('usage store under SIGKILL', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let childScript: string;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('kiosk-stats-kill-'));
    // One bundled script for plain node: 30 starts through tsx would cost minutes on two cores.
    childScript = path.join(dir, 'child.mjs');
    await build({ entryPoints: [CHILD_SOURCE], bundle: true, platform: 'node', format: 'esm', outfile: childScript, logLevel: 'silent' });
  });
  afterAll(() => cleanup());

  it(`keeps every acknowledged batch over ${TRIALS} kills`, { timeout: 180_000 }, async () => {
    const random = seededRandom(18);
    const acknowledged = new Set<number>();
    let next = 1;
    let torn = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const acked = await runAndKill(childScript, path.join(dir, 'data'), next, 1 + Math.floor(random() * 5), Math.floor(random() * 15));
      for (const n of acked) acknowledged.add(n);
      // The next run starts well above anything this one may have written unacknowledged.
      next += 2_000; // visit lengths (the batch numbers) stay below the schema's 86 400 s
      const store = await readUsage(path.join(dir, 'data'));
      torn += store.skippedLines > 0 ? 1 : 0;
      const counts = new Map<number, number>();
      for (const visit of store.recent) counts.set(visit.seconds, (counts.get(visit.seconds) ?? 0) + 1);
      for (const n of acknowledged) expect(counts.get(n), `batch ${n} after kill ${trial + 1}`).toBe(2);
      // Every batch is whole: both of its visits or none.
      for (const [n, count] of counts) expect(count, `batch ${n}`).toBe(2);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(TRIALS);
    console.info(`usage store: ${TRIALS} kills, ${acknowledged.size} acknowledged batches all kept, ${torn} reads saw a torn line`);
  });
});

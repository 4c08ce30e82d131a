/**
 * `npx tsx scripts/soakHeapDiff.ts [--warm <N>] [--more <N>] [--bundle <folder>]`: a developer tool for the soak's
 * heap question. Runs the soak visitor for `warm` touches, takes a heap snapshot (after GC), runs `more` touches,
 * takes another, and prints the object kinds whose count and retained self size grew most in between, so growth
 * can be told apart as a leak (a kind growing with every burst) or a cache filling up (growth that stops).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from '@playwright/test';
import { contentLocations } from '../src-main/content/contentLocations';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { startKioskHost } from './bench/kioskHost';
import { prepareSoakPage, runSoak } from './soakVisitor';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { warm: { type: 'string', default: '300' }, more: { type: 'string', default: '750' }, bundle: { type: 'string' } } });

/** Object kinds of a heap snapshot: name → count and self size (bytes). */
async function snapshotKinds(cdp: CDPSession): Promise<Map<string, { count: number; bytes: number }>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const types = snapshot.snapshot.meta.node_types[0];
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = types[snapshot.nodes[index + typeAt]!] ?? '?';
    const name = type === 'object' || type === 'closure' ? snapshot.strings[snapshot.nodes[index + nameAt]!] ?? '?' : `(${type})`;
    const key = `${type}:${name}`.slice(0, 80);
    const entry = kinds.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += snapshot.nodes[index + sizeAt]!;
    kinds.set(key, entry);
  }
  return kinds;
}

const locations = contentLocations(root);
const host = await startKioskHost(root, path.resolve(values.bundle ?? locations.defaultBundleDir), { settings: { idleTimeoutSeconds: 15 }, appVersion: 'heapdiff' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, hasTouch: true });
  const page = await context.newPage();
  await prepareSoakPage(page);
  await page.goto(host.url);
  await page.getByTestId('exhibition-title').waitFor({ timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await runSoak(page, { touches: Number(values.warm), burst: 250, seed: 7, idleSeconds: 15, settleMs: 10 });
  const before = await snapshotKinds(cdp);
  await page.getByTestId('attract-wake').tap().catch(() => undefined);
  await runSoak(page, { touches: Number(values.more), burst: 250, seed: 8, idleSeconds: 15, settleMs: 10 });
  const after = await snapshotKinds(cdp);
  const rows = [...after]
    .map(([key, now]) => {
      const then = before.get(key) ?? { count: 0, bytes: 0 };
      return { key, count: now.count - then.count, bytes: now.bytes - then.bytes, total: now.count };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 30);
  const sum = (kinds: Map<string, { bytes: number }>) => [...kinds.values()].reduce((total, kind) => total + kind.bytes, 0);
  console.log(`self size: ${(sum(before) / 1e6).toFixed(2)} MB → ${(sum(after) / 1e6).toFixed(2)} MB after ${values.more} more touches`);
  for (const row of rows) console.log(`${String(row.bytes).padStart(9)} B ${String(row.count).padStart(7)}× (${row.total} now)  ${row.key}`);
} finally {
  await browser.close();
  await host.close();
}

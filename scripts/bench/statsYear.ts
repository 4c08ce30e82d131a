/**
 * A generated year of a busy foyer (300 visits a day) through the real statistics store, as the kiosk would write
 * it (one batch of 20 visits at a time, the day moving on): prints the store's size on disk and the time to read
 * and summarise it. Usage: `npx tsx scripts/bench/statsYear.ts [<dataDir>]` (default: a temporary folder, removed).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openUsageWriter, readUsage, usageFiles } from '../../src-main/stats/usageStore';
import { addDays, periodRange, summarize } from '../../src-main/stats/usageSummary';
import { seededRandom } from '../../tests/support/seededRandom';
import { randomVisit } from '../../tests/support/usageVisits';

const VISITS_PER_DAY = 300;
const given = process.argv[2];
const dataDir = given ?? (await mkdtemp(path.join(tmpdir(), 'kiosk-stats-year-')));
const writer = openUsageWriter(dataDir);
const random = seededRandom(2026);
const first = '2025-12-01';
const started = performance.now();
for (let d = 0; d < 365; d += 1) {
  const day = addDays(first, d);
  const visits = Array.from({ length: VISITS_PER_DAY }, () => randomVisit(day, random));
  for (let i = 0; i < visits.length; i += 20) await writer.append(visits.slice(i, i + 20), day);
}
const writeMs = performance.now() - started;
const files = usageFiles(dataDir);
const size = async (file: string) => (await stat(file).catch(() => undefined))?.size ?? 0;
const readStart = performance.now();
const store = await readUsage(dataDir);
const today = addDays(first, 364);
const summary = summarize(store.rows, periodRange('run', today, store.rows, 'ausstellung'), { bundleId: 'ausstellung', event: (id) => id, partner: (id) => id, image: (id) => id }, true);
const readMs = performance.now() - readStart;
console.log(
  JSON.stringify({
    visits: summary.visits,
    days: summary.perDay.length,
    visitsJsonlBytes: await size(files.visits),
    daysJsonBytes: await size(files.days),
    writeYearMs: Math.round(writeMs),
    readAndSummariseMs: Math.round(readMs),
  }),
);
if (!given) await rm(dataDir, { recursive: true, force: true });

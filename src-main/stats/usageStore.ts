/**
 * The statistics store in the kiosk's data folder (`stats/`), plain files rather than a database:
 *
 * - `visits.jsonl` – append-only, one JSON line per batch, each append flushed with fsync before it is
 *   acknowledged. A kill or power cut can leave at most a torn last line, which reading skips and the next append
 *   starts after a fresh line break; older lines are never rewritten in place.
 * - `days.json` – replaced atomically: day rows (counts only) of visits older than {@link RAW_DAYS} days, the
 *   visits of the last {@link RAW_DAYS} days carried over, and the number of the last batch line it has taken
 *   in (`foldedThroughSeq`). Raw lines up to that number are ignored on reading, so a crash between writing it and
 *   emptying `visits.jsonl` counts nothing twice and loses nothing.
 *
 * The folder is outside the content library, so bundle changes and app updates leave it alone.
 */
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VisitRecord } from '../../src-shared/usageStats';
import { visitBatchSchema } from '../../src-shared/usageStatsSchema';
import { fsyncDir, writeFileAtomic } from '../fs/durableFs';
import { foldVisits, mergeRows, visitDay, type DayRow } from './dayRows';
import { addDays } from './usageSummary';

/** Days kept as single visits before they are folded into day rows. */
export const RAW_DAYS = 30;
/** Size of `visits.jsonl` beyond which everything before today is folded at once, bytes (a runaway sender). */
export const MAX_RAW_BYTES = 16 * 1024 * 1024;

/** The store's files inside a data folder. */
export function usageFiles(dataDir: string): { dir: string; visits: string; days: string } {
  const dir = path.join(dataDir, 'stats');
  return { dir, visits: path.join(dir, 'visits.jsonl'), days: path.join(dir, 'days.json') };
}

interface DaysFile {
  v: 1;
  /** Batch lines with this number or lower are in `rows` or `carried` already. */
  foldedThroughSeq: number;
  rows: DayRow[];
  /** Visits of the newest {@link RAW_DAYS} days at the last folding, kept one by one. */
  carried: VisitRecord[];
}

/** Everything the store holds, as read. */
export interface UsageContents {
  /** Day rows of all visits, folded and recent. */
  rows: DayRow[];
  /** Single visits not yet folded (the newest {@link RAW_DAYS} days). */
  recent: VisitRecord[];
  /** Lines that could not be read (a torn last line after a kill), skipped. */
  skippedLines: number;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readDays(file: string): Promise<DaysFile> {
  const text = await readText(file);
  if (text === undefined) return { v: 1, foldedThroughSeq: 0, rows: [], carried: [] };
  const data = JSON.parse(text) as DaysFile;
  if (data.v !== 1 || !Array.isArray(data.rows) || !Array.isArray(data.carried)) throw new Error(`${file}: unbekanntes Format`);
  return data;
}

/** One batch line of `visits.jsonl`. */
interface BatchLine {
  seq: number;
  visits: VisitRecord[];
}

/** Parses `visits.jsonl`: the valid batch lines, and how many lines were unreadable. Pure. */
export function parseVisitLines(text: string): { lines: BatchLine[]; skipped: number } {
  const lines: BatchLine[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const data = JSON.parse(line) as { seq?: unknown; visits?: unknown };
      const parsed = visitBatchSchema.safeParse(data.visits);
      if (parsed.success && Number.isSafeInteger(data.seq)) lines.push({ seq: data.seq as number, visits: parsed.data });
      else skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  return { lines, skipped };
}

/** The visits not yet folded: carried ones and those of lines after `foldedThroughSeq`. */
function unfolded(days: DaysFile, lines: readonly BatchLine[]): VisitRecord[] {
  return [...days.carried, ...lines.filter((line) => line.seq > days.foldedThroughSeq).flatMap((line) => line.visits)];
}

/** Reads the whole store. */
export async function readUsage(dataDir: string): Promise<UsageContents> {
  const files = usageFiles(dataDir);
  const days = await readDays(files.days);
  const { lines, skipped } = parseVisitLines((await readText(files.visits)) ?? '');
  const recent = unfolded(days, lines);
  return { rows: mergeRows([...days.rows, ...foldVisits([], recent)]), recent, skippedLines: skipped };
}

/** The writing side: appends batches and folds old days; one at a time (calls queue up). */
export interface UsageWriter {
  /** Appends one batch durably; resolves when it is on disk. `today` (`YYYY-MM-DD`) decides what is old. */
  append(visits: VisitRecord[], today: string): Promise<void>;
  /** Folds raw visits older than {@link RAW_DAYS} days before `today` into day rows. */
  compact(today: string): Promise<void>;
  /** Deletes all statistics. */
  clear(): Promise<void>;
}

/** Opens the store of `dataDir` for writing (creates `stats/` on the first append). */
export function openUsageWriter(dataDir: string): UsageWriter {
  const files = usageFiles(dataDir);
  let queue: Promise<unknown> = Promise.resolve();
  /** Unknown until checked: whether the file ends mid-line (a torn append of an earlier run). */
  let endsClean: boolean | undefined;
  /** Number of the last batch line, and the oldest unfolded day; read once per run. */
  let known: { seq: number; oldestDay: string | undefined } | undefined;
  const serial = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };
  const oldestOf = (visits: readonly VisitRecord[], start?: string) =>
    visits.reduce<string | undefined>((min, visit) => (min === undefined || visitDay(visit) < min ? visitDay(visit) : min), start);

  const learn = async () => {
    const days = await readDays(files.days);
    const { lines } = parseVisitLines((await readText(files.visits)) ?? '');
    const seq = Math.max(days.foldedThroughSeq, ...lines.map((line) => line.seq));
    return { seq, oldestDay: oldestOf(unfolded(days, lines)) };
  };

  const appendLine = async (line: string) => {
    await mkdir(files.dir, { recursive: true });
    const handle = await open(files.visits, 'a+');
    try {
      if (endsClean === undefined) {
        const { size } = await handle.stat();
        const last = Buffer.alloc(1);
        if (size > 0) await handle.read(last, 0, 1, size - 1);
        endsClean = size === 0 || last[0] === 0x0a;
      }
      const text = `${endsClean ? '' : '\n'}${line}\n`;
      endsClean = undefined; // a failure below leaves the end unknown again
      await handle.appendFile(text, 'utf8');
      await handle.sync();
      endsClean = true;
    } finally {
      await handle.close();
    }
  };

  const compactNow = async (today: string, force: boolean) => {
    const cutoff = addDays(today, force ? -1 : -RAW_DAYS);
    const days = await readDays(files.days);
    const { lines } = parseVisitLines((await readText(files.visits)) ?? '');
    const fresh = unfolded(days, lines);
    const old = fresh.filter((visit) => visitDay(visit) <= cutoff);
    const carried = fresh.filter((visit) => visitDay(visit) > cutoff);
    const foldedThroughSeq = Math.max(days.foldedThroughSeq, ...lines.map((line) => line.seq));
    // First the rows and the new line boundary (raw lines up to it are ignored from now on), then the empty raw file.
    const next: DaysFile = { v: 1, foldedThroughSeq, rows: foldVisits(days.rows, old), carried };
    await writeFileAtomic(files.days, JSON.stringify(next), { makeFolder: true });
    await writeFileAtomic(files.visits, '');
    endsClean = true;
    known = { seq: foldedThroughSeq, oldestDay: oldestOf(carried) };
  };

  const isOld = (today: string) => known?.oldestDay !== undefined && known.oldestDay <= addDays(today, -RAW_DAYS);

  return {
    append: (visits, today) =>
      serial(async () => {
        known ??= await learn();
        const seq = known.seq + 1;
        await appendLine(JSON.stringify({ seq, visits }));
        known = { seq, oldestDay: oldestOf(visits, known.oldestDay) };
        const size = (await stat(files.visits).catch(() => undefined))?.size ?? 0;
        if (size > MAX_RAW_BYTES) await compactNow(today, true);
        else if (isOld(today)) await compactNow(today, false);
      }),
    compact: (today) => serial(() => compactNow(today, false)),
    clear: () =>
      serial(async () => {
        // Rows first: a crash in between leaves only raw lines, which are then counted as they are.
        await rm(files.days, { force: true });
        await rm(files.visits, { force: true });
        await fsyncDir(files.dir).catch(() => undefined);
        endsClean = undefined;
        known = undefined;
      }),
  };
}

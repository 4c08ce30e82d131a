/**
 * `npm run content -- stats [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] [--csv <datei>] [--data-dir <ordner>] [--lang en]`:
 * the kiosk's anonymous usage statistics (issue 18) on a PC – visits, median length, busiest hours, top content –
 * and optionally the same CSV the admin screen writes (semicolons, UTF-8 with BOM). Exit 0; 2 on wrong arguments
 * or an unreadable store. Default period: the last 30 days.
 */
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../library/libraryLayout';
import { usageCsv } from '../../stats/usageCsv';
import { readUsage } from '../../stats/usageStore';
import { addDays, localDay, summarize } from '../../stats/usageSummary';
import { say } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const run: CliCommand = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, csv: { type: 'string' }, 'data-dir': { type: 'string' }, lang: { type: 'string' } },
    }));
  } catch (error) {
    throw new UsageError({ de: (error as Error).message, en: (error as Error).message });
  }
  const lang = values.lang === 'en' ? 'en' : 'de';
  for (const [name, value] of [['--from', values.from], ['--to', values.to]] as const) {
    if (value !== undefined && !DAY.test(value)) throw new UsageError({ de: `${name} „${value}“: bitte als JJJJ-MM-TT angeben.`, en: `${name} "${value}": please give it as YYYY-MM-DD.` });
  }
  const to = values.to ?? localDay(new Date());
  const from = values.from ?? addDays(to, -29);
  const dataDir = values['data-dir'] ?? defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() });
  let store;
  try {
    store = await readUsage(dataDir);
  } catch (error) {
    say(io, lang, { de: `Die Statistik in „${path.join(dataDir, 'stats')}“ ist nicht lesbar: ${(error as Error).message}`, en: `The statistics in "${path.join(dataDir, 'stats')}" cannot be read: ${(error as Error).message}` });
    return EXIT.usage;
  }
  const rows = store.rows.filter((row) => row.day >= from && row.day <= to);
  // The PC has no bundle on screen: top lists name ids across all bundles.
  const summary = summarize(rows, { from, to }, { bundleId: '*', event: (id) => id, partner: (id) => id, image: (id) => id }, true);
  const topAll = (pick: (row: (typeof rows)[number]) => Record<string, number>) => {
    const counts = new Map<string, number>();
    for (const row of rows) for (const [id, n] of Object.entries(pick(row))) counts.set(id, (counts.get(id) ?? 0) + n);
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id, n]) => `${id} (${n})`).join(', ') || '–';
  };
  const busiest = summary.perHour.reduce((best, count, hour) => (count > (summary.perHour[best] ?? 0) ? hour : best), 0);
  say(io, lang, {
    de: `Statistik ${from} bis ${to}: ${summary.visits} Besuche, Median der Besuchsdauer ${summary.medianSeconds ?? '–'} s, meiste Besuche um ${busiest} Uhr.`,
    en: `Statistics ${from} to ${to}: ${summary.visits} visits, median visit length ${summary.medianSeconds ?? '–'} s, most visits at ${busiest}:00.`,
  });
  say(io, lang, { de: `Sprachen: ${summary.languages.map((l) => `${l.language} (${l.visits})`).join(', ') || '–'}`, en: `Languages: ${summary.languages.map((l) => `${l.language} (${l.visits})`).join(', ') || '–'}` });
  say(io, lang, { de: `Ereignisse: ${topAll((row) => row.events)}`, en: `Events: ${topAll((row) => row.events)}` });
  say(io, lang, { de: `Partner: ${topAll((row) => row.partners)}`, en: `Partners: ${topAll((row) => row.partners)}` });
  say(io, lang, { de: `Bilder: ${topAll((row) => row.images)}`, en: `Pictures: ${topAll((row) => row.images)}` });
  if (values.csv) {
    await writeFile(values.csv, usageCsv(rows));
    say(io, lang, { de: `CSV geschrieben: ${path.resolve(values.csv)} (${rows.length} Zeilen)`, en: `CSV written: ${path.resolve(values.csv)} (${rows.length} rows)` });
  }
  return EXIT.ok;
};

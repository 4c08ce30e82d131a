/**
 * `npm run content -- import <datei.xlsx|datei.csv> [--images <ordner>] <paketordner>`: builds a bundle folder from
 * a workbook (or a TimelineJS sheet) and its images folder (default: the `bilder/` folder beside the workbook),
 * checks it like `check`, and only when it checks out replaces the bundle folder. The workbook and the images folder are never changed. Every problem names sheet,
 * row and column. Exit 0 imported (warnings allowed), 1 the workbook has errors, 2 usage or I/O error.
 *
 * TimelineJS sheets need what they do not contain: `--home "Kreis …" --home-location 50.87,8.02 --country IL`
 * (and optionally `--id`, `--title`, `--kind`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseNumberText } from '../../spreadsheet/cellValues';
import { findImagesFolder } from '../../spreadsheet/imagesFolder';
import { importToFolder } from '../../spreadsheet/importToFolder';
import { formatSheetProblem } from '../../spreadsheet/sheetProblem';
import type { TimelineOptions } from '../../spreadsheet/timelineJs';
import { optionProblem } from '../cliOutput';
import { EXIT, UsageError, type CliCommand } from '../commandTypes';


export const run: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        images: { type: 'string' },
        lang: { type: 'string' },
        home: { type: 'string' },
        'home-location': { type: 'string' },
        country: { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        kind: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(optionProblem(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : 'de';
  if (positionals.length !== 2) {
    throw new UsageError({ de: 'Bitte die Tabelle und den Paketordner angeben, der entstehen soll.', en: 'Please give the workbook and the bundle folder to write.' });
  }
  const timeline: TimelineOptions = {};
  if (values.home) timeline.homeName = values.home;
  if (values['home-location']) {
    const parts = values['home-location'].split(/[;/]|,(?=\s*-?\d)/).map((part) => parseNumberText(part));
    if (parts.length !== 2 || parts.some((part) => part === undefined)) {
      throw new UsageError({ de: '--home-location: erwartet <breite>,<länge>, z. B. 50.87,8.02', en: '--home-location: expected <lat>,<lon>, e.g. 50.87,8.02' });
    }
    timeline.homeLocation = { lat: parts[0]!, lon: parts[1]! };
  }
  if (values.country) timeline.country = values.country;
  if (values.id) timeline.id = values.id;
  if (values.title) timeline.title = values.title;
  if (values.kind) timeline.kind = values.kind;

  const [source, target] = positionals as [string, string];
  // Without --images, the folder beside the workbook is taken, as on a USB stick (`bilder/`, `images/`, …).
  const images = values.images ?? (await findImagesFolder(path.resolve(source)));
  if (values.images === undefined && images !== undefined) {
    io.out(lang === 'en' ? `Images folder: ${images}` : `Bilder-Ordner: ${images}`);
  }
  let outcome;
  try {
    outcome = await importToFolder(source, target, { ...(images ? { images } : {}), timeline });
  } catch (error) {
    io.err(`${lang === 'en' ? 'Error' : 'Fehler'}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  if ('refused' in outcome) {
    io.err(outcome.refused[lang]);
    return EXIT.usage;
  }
  for (const problem of outcome.problems) io.out(`${problem.severity === 'error' ? (lang === 'en' ? 'Error' : 'Fehler') : lang === 'en' ? 'Note' : 'Hinweis'} – ${formatSheetProblem(problem, lang)}`);
  const errors = outcome.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = outcome.problems.length - errors;
  if (outcome.problems.some((problem) => ['io', 'workbook-too-large', 'too-many-rows', 'too-many-cells', 'workbook-format', 'workbook-damaged'].includes(problem.code))) return EXIT.usage;
  if (!outcome.written) {
    io.out(
      lang === 'en'
        ? `Not imported: ${errors} error(s), ${warnings} note(s). The bundle folder was left as it was.`
        : `Nicht eingelesen: ${errors} Fehler, ${warnings} Hinweise. Der Paketordner bleibt unverändert.`,
    );
    return EXIT.invalid;
  }
  const m = outcome.manifest;
  io.out(
    lang === 'en'
      ? `Imported into ${target}: ${m?.partners.length ?? 0} partners, ${m?.events.length ?? 0} events, ${m?.images.length ?? 0} images${warnings ? `, ${warnings} note(s)` : ''}. Next: npm run content -- activate ${target}`
      : `Eingelesen nach ${target}: ${m?.partners.length ?? 0} Partner, ${m?.events.length ?? 0} Ereignisse, ${m?.images.length ?? 0} Bilder${warnings ? `, ${warnings} Hinweise` : ''}. Weiter mit: npm run content -- activate ${target}`,
  );
  return EXIT.ok;
};

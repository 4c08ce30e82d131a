/**
 * `npm run content -- review <ordner>`: lists, grouped and counted, what in a bundle still needs a human decision
 * (see src-main/content/review/reviewList.ts). Always German: the list is for the curators. Exit 0 when the list
 * was made (however long), 1 when the manifest is invalid (`check` says why), 2 on wrong usage or unreadable input.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localize } from '../../../src-shared/localizedText';
import { formatReviewList, germanDate, reviewList } from '../../content/review/reviewList';
import { checkManifest } from '../../content/validation/manifestChecks';
import type { CliCommand } from '../commandTypes';

const USAGE = 'Aufruf: npm run content -- review <ordner>';

export const run: CliCommand = async (args, io) => {
  let positionals: string[];
  let help = false;
  try {
    // `--lang` is accepted like in every command; the list itself is always German (it is for the curators).
    const parsed = parseArgs({ args, allowPositionals: true, options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    positionals = parsed.positionals;
    help = parsed.values.help ?? false;
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  if (help) {
    io.out(USAGE);
    io.out('Listet, was im Paket noch eine Entscheidung braucht: Platzhalter, ungefähre, offene und abgeleitete Daten, offene Fragen, fehlende Alternativtexte und Bildnachweise, Quellen und Stand, Zukunftsform bei vergangenen Daten.');
    return 0;
  }
  if (positionals.length !== 1) {
    io.err('Bitte genau einen Paketordner angeben.');
    io.err(USAGE);
    return 2;
  }
  const folder = path.resolve(positionals[0]!);
  let realRoot: string;
  try {
    if (!(await stat(folder)).isDirectory()) {
      io.err(`„${positionals[0]}“ ist kein Ordner – die Prüfliste liest einen Paketordner (eine .zip bitte vorher entpacken).`);
      return 2;
    }
    realRoot = await realpath(folder);
  } catch {
    io.err(`„${positionals[0]}“ gibt es nicht oder ist nicht lesbar – bitte den Pfad prüfen.`);
    return 2;
  }
  const checked = await checkManifest(realRoot);
  if (!checked.manifest || !checked.parsed) {
    const unreadable = checked.problems.some((problem) => problem.code === 'io');
    io.err(`Das Manifest lässt sich nicht lesen (${checked.problems.length} Fehler) – bitte zuerst „npm run content -- check ${positionals[0]}“ ausführen und die Fehler beheben.`);
    return unreadable ? 2 : 1;
  }
  const { manifest, parsed } = checked;
  const groups = reviewList(manifest, (at) => parsed.locate(at)?.line, Date.now());
  io.out(`Prüfliste: ${manifest.id} („${localize(manifest.title, 'de')}“), ${parsed.file}`);
  io.out(manifest.asOf ? `Stand der Inhalte: ${germanDate(manifest.asOf)}` : 'Stand der Inhalte: nicht angegeben');
  io.out('');
  for (const line of formatReviewList(groups, parsed.file)) io.out(line);
  return 0;
};

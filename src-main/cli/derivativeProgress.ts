/**
 * The CLI side of derivative generation after `activate`: makes the display sizes of the newly active version
 * into `<dataDir>/derivatives`, shows progress (a bar redrawn in place on a terminal, a few plain lines when the
 * output goes to a file or CI log), prunes what no installed version uses, and reports undecodable photos.
 */
import path from 'node:path';
import { createDerivativeCache, type DerivativeProgress } from '../content/derivatives/derivativeCache';
import { installedBundles } from '../library/installedBundles';
import { loadBundle } from '../content/loadBundle';
import { describeError } from '../fs/systemErrors';
import type { ContentLibrary } from '../library/contentLibrary';
import { counted, NOUNS, readableSize, say, type OutputLanguage } from './cliOutput';
import type { CommandIo } from './commandTypes';
import type { ProgressTerminal } from './progressLine';

/** Width of the bar in characters. */
const BAR_WIDTH = 30;

/** The progress bar line, e.g. `Bildgrößen [█████░░░…]  12/50 Bilder · 140 MB von 600 MB`. Pure. */
export function progressBarLine(progress: DerivativeProgress, lang: 'de' | 'en'): string {
  const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const megabytes = (bytes: number) => Math.round(bytes / 1e6);
  const count = `${progress.done}/${counted(progress.total, NOUNS.image)[lang]}`;
  return lang === 'de'
    ? `Bildgrößen [${bar}] ${count} · ${megabytes(progress.bytesDone)} von ${megabytes(progress.bytesTotal)} MB`
    : `Image sizes [${bar}] ${count} · ${megabytes(progress.bytesDone)} of ${megabytes(progress.bytesTotal)} MB`;
}

/**
 * The quarter (0–4) reached by `done` of `total`, for plain-line output: a line is printed each time it grows,
 * so a log gets at most five lines however many photos there are. Pure.
 */
export function quarterReached(done: number, total: number): number {
  return total === 0 ? 4 : Math.floor((done / total) * 4);
}

/**
 * Makes the derivatives of the library's active version. Never fails the activation: problems are printed as
 * warnings and the kiosk makes missing sizes on demand anyway.
 * @returns The number of undecodable images (shown as placeholders).
 */
export async function makeActiveDerivatives(
  io: CommandIo,
  lang: OutputLanguage,
  library: ContentLibrary,
  terminal: ProgressTerminal | undefined,
): Promise<number> {
  try {
    return await makeDerivatives(io, lang, library, terminal);
  } catch (error) {
    terminal?.write('\n');
    const why = describeError(error);
    io.err(
      lang === 'en'
        ? `Warning: image sizes could not be computed (${why.en}); the kiosk computes them when shown.`
        : `Warnung: Bildgrößen konnten nicht berechnet werden (${why.de}); der Kiosk berechnet sie beim Anzeigen.`,
    );
    return 0;
  }
}

async function makeDerivatives(io: CommandIo, lang: OutputLanguage, library: ContentLibrary, terminal: ProgressTerminal | undefined): Promise<number> {
  const bundleDir = await library.activeBundleDir();
  const loaded = bundleDir ? await loadBundle(bundleDir) : undefined;
  if (!loaded?.ok) return 0;
  const cache = createDerivativeCache({ cacheDir: path.join(library.layout.dataDir, 'derivatives') });
  const barLang = lang;
  let quarter = -1;
  const result = await cache.ensureBundle(loaded.folder, loaded.manifest, (progress) => {
    if (terminal) {
      terminal.write(`\r${progressBarLine(progress, barLang)}`);
      return;
    }
    const reached = quarterReached(progress.done, progress.total);
    if (reached > quarter && progress.bytesTotal > 0) {
      quarter = reached;
      say(io, lang, {
        de: `Bildgrößen: ${progress.done} von ${progress.total} ${progress.total === 1 ? 'Bild' : 'Bildern'}`,
        en: `Image sizes: ${progress.done} of ${counted(progress.total, NOUNS.image).en}`,
      });
    }
  });
  terminal?.write('\n');
  const pruned = await cache.prune(await installedBundles(library));
  const freed = readableSize(pruned.bytes);
  say(io, lang, {
    de: `Bildgrößen fertig: ${counted(result.generated, NOUNS.image).de} neu berechnet, ${result.reused} schon vorhanden${pruned.files > 0 ? `, ${freed.de} nicht mehr benötigte entfernt` : ''}.`,
    en: `Image sizes done: ${counted(result.generated, NOUNS.image).en} computed, ${result.reused} already there${pruned.files > 0 ? `, ${freed.en} no longer needed removed` : ''}.`,
  });
  for (const problem of result.problems) {
    io.err(`${lang === 'en' ? 'Warning' : 'Warnung'}: ${problem.message[barLang]}`);
  }
  return result.failed;
}

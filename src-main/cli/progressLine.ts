/**
 * Progress of long steps for the curator (checking photos, extracting a zip): a bar redrawn in place when
 * standard error is a terminal, otherwise a plain line at each quarter, so a log gets at most five lines. Words in
 * the run's language; the reporter is what `validateBundle` calls back.
 */
import type { ValidationProgress } from '../content/validation/validateBundle';
import type { OutputLanguage } from './cliOutput';
import type { CommandIo } from './commandTypes';

/** Width of the bar in characters. */
const BAR_WIDTH = 30;

/** A terminal to redraw on (stderr when it is a TTY), or `undefined` for plain lines. */
export interface ProgressTerminal {
  write: (text: string) => void;
}

const PHASES: Record<ValidationProgress['phase'], { de: string; en: string }> = {
  extract: { de: 'ZIP entpacken', en: 'Extracting ZIP' },
  images: { de: 'Fotos prüfen', en: 'Checking photos' },
};

/** One progress line, e.g. `Fotos prüfen [█████░░░…] 12 von 50`. Pure. */
export function progressText(progress: ValidationProgress, lang: OutputLanguage, withBar: boolean): string {
  const fraction = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = withBar ? ` [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]` : '';
  return `${PHASES[progress.phase][lang]}${bar} ${progress.done} ${lang === 'de' ? 'von' : 'of'} ${progress.total}`;
}

/** The terminal for bars: standard error when it is one. */
export function stderrTerminal(): ProgressTerminal | undefined {
  return process.stderr.isTTY ? { write: (text) => process.stderr.write(text) } : undefined;
}

/**
 * A `validateBundle` progress option that prints to `io.err` (plain lines) or redraws on `terminal`. Steps with
 * fewer than `minimum` items print nothing: they are over in well under a second.
 */
export function validationProgress(
  io: CommandIo,
  lang: OutputLanguage,
  terminal: ProgressTerminal | undefined = stderrTerminal(),
  minimum = 5,
): { onProgress: (progress: ValidationProgress) => void } {
  let lastPhase: string | undefined;
  let quarter = -1;
  return {
    onProgress(progress) {
      if (progress.total < minimum) return;
      if (progress.phase !== lastPhase) {
        lastPhase = progress.phase;
        quarter = -1;
      }
      if (terminal) {
        terminal.write(`\r${progressText(progress, lang, true)}${progress.done === progress.total ? '\n' : ''}`);
        return;
      }
      const reached = progress.total === 0 ? 4 : Math.floor((progress.done / progress.total) * 4);
      if (reached > quarter) {
        quarter = reached;
        io.err(progressText(progress, lang, false));
      }
    },
  };
}

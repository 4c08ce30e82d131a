/**
 * What the library's CLI commands (`activate`, `status`, `rollback`) share: their arguments, the default data
 * folder, and printing German first with English on a second line (or one language with `--lang`).
 */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import type { CommandIo } from '../cli/commandTypes';
import { defaultDataDir } from './libraryLayout';
import type { Bilingual } from './libraryTypes';

/** `both` (the default) prints German, then English; `de` or `en` print one language. */
export type OutputLanguage = 'de' | 'en' | 'both';

/** Parsed arguments of a library command. */
export interface LibraryArgs {
  positionals: string[];
  dataDir: string;
  lang: OutputLanguage;
  verify: boolean;
}

/**
 * Parses `[--data-dir <dir>] [--lang de|en] [--verify]` and `positionalCount` positionals; a usage message
 * (German and English) when they are wrong.
 */
export function parseLibraryArgs(
  args: string[],
  positionalCount: number,
  allowVerify = false,
): LibraryArgs | { usage: Bilingual } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        ...(allowVerify ? { verify: { type: 'boolean' as const } } : {}),
      },
    });
  } catch (error) {
    const detail = (error as Error).message;
    return { usage: { de: `Unbekannte oder unvollständige Angabe: ${detail}`, en: `Unknown or incomplete option: ${detail}` } };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'both';
  if (lang !== 'de' && lang !== 'en' && lang !== 'both') {
    return { usage: { de: `--lang: „${lang}“ – erlaubt sind de und en`, en: `--lang: "${lang}" – allowed are de and en` } };
  }
  if (positionals.length !== positionalCount) {
    return {
      usage: positionalCount === 1
        ? { de: 'Bitte genau einen Ordner oder eine .zip-Datei angeben.', en: 'Please give exactly one folder or .zip file.' }
        : { de: `Unerwartete Angabe: ${positionals.join(' ')}`, en: `Unexpected argument: ${positionals.join(' ')}` },
    };
  }
  const dataDir = values['data-dir'] ?? defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() });
  return { positionals, dataDir, lang, verify: values.verify === true };
}

/**
 * The lines to print for `messages` in `lang`: for `both`, each German line followed by its English line (once
 * when they are the same, e.g. a bare version name).
 */
export function linesIn(messages: readonly Bilingual[], lang: OutputLanguage): string[] {
  return messages.flatMap((message) => {
    if (lang !== 'both') return [message[lang]];
    return message.de === message.en ? [message.de] : [message.de, message.en];
  });
}

/** Prints `messages` to standard output in `lang`. */
export function say(io: CommandIo, lang: OutputLanguage, ...messages: Bilingual[]): void {
  for (const line of linesIn(messages, lang)) io.out(line);
}

/** Prints `messages` to standard error in `lang`. */
export function complain(io: CommandIo, lang: OutputLanguage, ...messages: Bilingual[]): void {
  for (const line of linesIn(messages, lang)) io.err(line);
}

/** `2025-03-01T10:15:00.000Z` → `2025-03-01 10:15 UTC`: short, and the same on every machine. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A size in bytes for people: `1,2 MB` / `1.2 MB`. */
export function readableSize(bytes: number): Bilingual {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'Bytes'];
  const text = unit === 'Bytes' ? String(value) : value.toFixed(1);
  return { de: `${text.replace('.', ',')} ${unit}`, en: `${text} ${unit === 'Bytes' ? 'bytes' : unit}` };
}

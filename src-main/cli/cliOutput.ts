/**
 * What every curator command shares for its words: one language per run (German, or English with `--lang en`),
 * the data-folder arguments of the library commands, counts with the right singular or plural, one size unit
 * style, local times, and hints that still work when pasted into a shell.
 */
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../library/libraryLayout';
import type { Bilingual } from '../library/libraryTypes';
import type { CommandIo } from './commandTypes';

/** The language of one run: German by default, English with `--lang en`. */
export type OutputLanguage = 'de' | 'en';

/** Parsed arguments of a library command. */
export interface LibraryArgs {
  positionals: string[];
  dataDir: string;
  /** True when `--data-dir` was given: hints then repeat it, and a missing folder is an error. */
  dataDirGiven: boolean;
  lang: OutputLanguage;
  verify: boolean;
  replace: boolean;
}

/** Which extra switches a library command accepts besides `--data-dir` and `--lang`. */
export interface LibraryArgOptions {
  verify?: boolean;
  replace?: boolean;
}

/** The `--lang` of `args` when it is valid, else German: for words printed before a command parses its own. */
export function languageOf(args: readonly string[]): OutputLanguage {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return 'de';
  const value = args[index]!.includes('=') ? args[index]!.slice('--lang='.length) : args[index + 1];
  return value === 'en' ? 'en' : 'de';
}

/**
 * Parses `[--data-dir <dir>] [--lang de|en] [--verify] [--replace]` and `positionalCount` positionals; a usage
 * message when they are wrong.
 */
export function parseLibraryArgs(
  args: string[],
  positionalCount: number,
  allow: LibraryArgOptions = {},
): LibraryArgs | { usage: Bilingual; lang: OutputLanguage } {
  const lang = languageOf(args);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        ...(allow.verify ? { verify: { type: 'boolean' as const } } : {}),
        ...(allow.replace ? { replace: { type: 'boolean' as const } } : {}),
      },
    });
  } catch (error) {
    return { lang, usage: optionProblem(error) };
  }
  const { values, positionals } = parsed;
  const givenLang = values.lang ?? 'de';
  if (givenLang !== 'de' && givenLang !== 'en') {
    return { lang, usage: { de: `--lang „${givenLang}“: erlaubt sind de und en.`, en: `--lang "${givenLang}": allowed are de and en.` } };
  }
  if (positionals.length !== positionalCount) {
    return {
      lang,
      usage: positionalCount === 1 && positionals.length === 0
        ? { de: 'Bitte genau einen Ordner oder eine .zip-Datei angeben.', en: 'Please give exactly one folder or .zip file.' }
        : { de: `Unerwartete Angabe: ${positionals.join(' ')}`, en: `Unexpected argument: ${positionals.join(' ')}` },
    };
  }
  const given = values['data-dir'];
  const dataDir = given ?? defaultDataDir({ platform: process.platform, env: process.env, homedir: homedir() });
  return {
    positionals,
    dataDir,
    dataDirGiven: given !== undefined,
    lang: givenLang,
    verify: values.verify === true,
    replace: values.replace === true,
  };
}

/** A German/English sentence for a `node:util` `parseArgs` error (whose own text is English). */
export function optionProblem(error: unknown): Bilingual {
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[\w-]+)/.exec((error as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { de: `Unbekannte Angabe ${option}.`, en: `Unknown option ${option}.` };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return { de: `Bei ${option} fehlt der Wert oder passt nicht.`, en: `The value of ${option} is missing or wrong.` };
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { de: 'Zu viele Angaben.', en: 'Too many arguments.' };
  return { de: 'Die Angaben sind unvollständig.', en: 'The arguments are incomplete.' };
}

/** The lines to print for `messages` in `lang`. */
export function linesIn(messages: readonly Bilingual[], lang: OutputLanguage): string[] {
  return messages.map((message) => message[lang]);
}

/** Prints `messages` to standard output in `lang`. */
export function say(io: CommandIo, lang: OutputLanguage, ...messages: Bilingual[]): void {
  for (const line of linesIn(messages, lang)) io.out(line);
}

/** Prints `messages` to standard error in `lang`. */
export function complain(io: CommandIo, lang: OutputLanguage, ...messages: Bilingual[]): void {
  for (const line of linesIn(messages, lang)) io.err(line);
}

/**
 * An ISO time as the curator's wall clock: `2025-03-01T10:15:00.000Z` → `01.03.2025, 11:15 Uhr` in Berlin
 * (`1 Mar 2025, 11:15` in English). `timeZone` is injectable so tests do not depend on the machine.
 */
export function localTime(iso: string, lang: OutputLanguage, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone !== undefined) options.timeZone = timeZone;
  const text = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', options).format(date);
  return lang === 'de' ? `${text} Uhr` : text;
}

/** A size in bytes for people, one style everywhere (decimal units): `1,2 MB` / `1.2 MB`. */
export function readableSize(bytes: number): Bilingual {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'MB'] : bytes >= 1e3 ? [bytes / 1e3, 'KB'] : [bytes, 'Bytes'];
  const text = unit === 'Bytes' ? String(value) : value.toFixed(1);
  return { de: `${text.replace('.', ',')} ${unit}`, en: `${text} ${unit === 'Bytes' ? (value === 1 ? 'byte' : 'bytes') : unit}` };
}

/** German and English nouns in singular and plural, e.g. `{ de: ['Datei', 'Dateien'], en: ['file', 'files'] }`. */
export type Noun = { de: readonly [string, string]; en: readonly [string, string] };

/** Common nouns of the CLI's counts. */
export const NOUNS = {
  file: { de: ['Datei', 'Dateien'], en: ['file', 'files'] },
  image: { de: ['Bild', 'Bilder'], en: ['image', 'images'] },
  error: { de: ['Fehler', 'Fehler'], en: ['error', 'errors'] },
  warning: { de: ['Hinweis', 'Hinweise'], en: ['warning', 'warnings'] },
  version: { de: ['Version', 'Versionen'], en: ['version', 'versions'] },
  problem: { de: ['Problem', 'Probleme'], en: ['problem', 'problems'] },
} as const satisfies Record<string, Noun>;

/** `count` with the noun in the right number: `1 Bild`, `2 Bilder`, `0 Bilder`. */
export function counted(count: number, noun: Noun): Bilingual {
  const index = count === 1 ? 0 : 1;
  return { de: `${count} ${noun.de[index]}`, en: `${count} ${noun.en[index]}` };
}

/**
 * `text` quoted for pasting into a shell when it needs it (spaces, quotes, shell characters): single quotes on
 * POSIX, double quotes on Windows. Plain paths stay as they are, so hints stay short.
 */
export function shellQuote(text: string, platform: NodeJS.Platform = process.platform): string {
  if (/^[\w@%+=:,./\\-]+$/.test(text)) return text;
  if (platform === 'win32') return `"${text.replace(/"/g, '""')}"`;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A command a curator can paste: `npm run content -- <words>` with every argument quoted as needed, and
 * `--data-dir` repeated when the run was given one.
 */
export function pasteable(words: readonly string[], dataDir?: string): string {
  const all = dataDir === undefined ? words : [...words, '--data-dir', dataDir];
  return ['npm run content --', ...all.map((word) => shellQuote(word))].join(' ');
}

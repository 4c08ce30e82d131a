/**
 * The curator CLI's dispatcher: `npm run content -- <command> …`, also what the tests call. It applies the rules
 * every command in {@link COMMANDS} shares: `--help`/`-h` prints the usage and exits 0, wrong usage exits 2 with
 * the usage, German by default and English with `--lang en`, and an unexpected failure is reported in words
 * (never an errno or an English library sentence) with exit 2.
 */
import { complain, languageOf, say, type OutputLanguage } from './cliOutput';
import { COMMANDS, type CommandEntry } from './commandTable';
import { EXIT, UsageError, type CommandIo } from './commandTypes';
import { describeError } from '../fs/systemErrors';

const PREFIX = 'npm run content --';

/** The usage line of one command, e.g. `Aufruf: npm run content -- check <ordner|datei.zip> …`. */
export function usageLine(entry: CommandEntry, lang: OutputLanguage): string {
  return `${lang === 'en' ? 'Usage' : 'Aufruf'}: ${PREFIX} ${entry.usage[lang]}`;
}

function printOverview(io: CommandIo, lang: OutputLanguage, print: (line: string) => void): void {
  print(lang === 'en' ? `Usage: ${PREFIX} <command> … (--help after a command explains it)` : `Aufruf: ${PREFIX} <befehl> … (--help nach einem Befehl erklärt ihn)`);
  const width = Math.max(...Object.values(COMMANDS).map((entry) => entry.usage[lang].length));
  for (const entry of Object.values(COMMANDS)) print(`  ${entry.usage[lang].padEnd(width)}  ${entry.summary[lang]}`);
  print(lang === 'en'
    ? 'Exit codes: 0 done, 1 the content has errors, 2 wrong call or unreadable input.'
    : 'Rückgabewerte: 0 erledigt, 1 der Inhalt hat Fehler, 2 falscher Aufruf oder nicht lesbare Eingabe.');
  void io;
}

const HELP = new Set(['--help', '-h', 'help']);

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runContentCli(argv: string[], io: CommandIo): Promise<number> {
  const lang = languageOf(argv);
  const [name, ...args] = argv;
  if (name === undefined || HELP.has(name)) {
    const asked = args.find((arg) => !arg.startsWith('-'));
    const entry = asked === undefined ? undefined : COMMANDS[asked];
    if (entry) say(io, lang, { de: usageLine(entry, 'de'), en: usageLine(entry, 'en') }, entry.summary);
    else printOverview(io, lang, name === undefined ? io.err : io.out);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry === undefined) {
    complain(io, lang, { de: `Unbekannter Befehl „${name}“.`, en: `Unknown command "${name}".` });
    printOverview(io, lang, io.err);
    return EXIT.usage;
  }
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    say(io, lang, { de: usageLine(entry, 'de'), en: usageLine(entry, 'en') }, entry.summary);
    return EXIT.ok;
  }
  try {
    const { run } = await entry.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      complain(io, lang, error.text);
      io.err(usageLine(entry, lang));
    } else {
      complain(io, lang, describeError(error));
    }
    return EXIT.usage;
  }
}

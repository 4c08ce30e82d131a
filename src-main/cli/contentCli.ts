/**
 * The curator CLI: `npm run content -- <command> …`. Also what the tests and CI call. Each command lives in its
 * own module under `commands/` and is loaded on demand.
 */
import type { CliCommand, CommandIo } from './commandTypes';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CliCommand }> }> = {
  check: { summary: 'check <ordner|zip> [--lang de|en] [--json]   Paket prüfen', load: () => import('./commands/check') },
  new: { summary: 'new <ordner>                                  Startpaket anlegen', load: () => import('./commands/new') },
  pack: { summary: 'pack <ordner> <datei.zip>                    prüfen und als ZIP packen', load: () => import('./commands/pack') },
  activate: {
    summary: 'activate <ordner|zip> [--data-dir <ordner>]  Paket in die Bibliothek übernehmen und aktivieren',
    load: () => import('./commands/activate'),
  },
  status: { summary: 'status [--data-dir <ordner>]                 aktives Paket und Versionen', load: () => import('./commands/status') },
  rollback: {
    summary: 'rollback [--data-dir <ordner>]               zur vorherigen Version zurück',
    load: () => import('./commands/rollback'),
  },
  review: { summary: 'review <ordner>                              Prüfliste: was noch eine Entscheidung braucht', load: () => import('./commands/review') },
};

function usage(io: CommandIo): void {
  io.err('Aufruf / usage: npm run content -- <befehl> …');
  for (const { summary } of Object.values(COMMANDS)) io.err(`  ${summary}`);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runContentCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    if (name !== undefined && name !== '--help' && name !== 'help') io.err(`Unbekannter Befehl „${name}“.`);
    usage(io);
    return 2;
  }
  const { run } = await command.load();
  return run(args, io);
}

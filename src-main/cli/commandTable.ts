/**
 * The one table of curator commands (`npm run content -- <name> …`). A new command is one entry here: the
 * dispatcher in `contentCli.ts` gives every entry the same `--help` (exit 0), language switch and error wrapping.
 * Modules are loaded on demand so that `check` does not pay for `activate`'s imports.
 */
import type { Bilingual } from '../library/libraryTypes';
import type { CliCommand } from './commandTypes';

/** One command: its usage line (shown by `--help` and on wrong arguments), a one-line summary, its module. */
export interface CommandEntry {
  usage: Bilingual;
  summary: Bilingual;
  load: () => Promise<{ run: CliCommand }>;
}

/** Every command, in the order `--help` lists them (the order a curator meets them). */
export const COMMANDS: Record<string, CommandEntry> = {
  new: {
    usage: { de: 'new <ordner> [--lang en]', en: 'new <folder> [--lang en]' },
    summary: { de: 'Startpaket anlegen', en: 'create a starter bundle' },
    load: () => import('./commands/new'),
  },
  template: {
    usage: { de: 'template <datei.xlsx> [--languages de,en] [--force]', en: 'template <file.xlsx> [--languages de,en] [--force]' },
    summary: { de: 'Tabellenvorlage zum Ausfüllen in Excel anlegen', en: 'write a workbook template to fill in with Excel' },
    load: () => import('./commands/template'),
  },
  import: {
    usage: {
      de: 'import <datei.xlsx|datei.csv> [--images <ordner>] <paketordner> [TimelineJS: --home <name> --home-location <breite,länge> --country <XX>]',
      en: 'import <file.xlsx|file.csv> [--images <folder>] <bundle-folder> [TimelineJS: --home <name> --home-location <lat,lon> --country <XX>]',
    },
    summary: { de: 'Tabelle (auch TimelineJS) als Paket einlesen und prüfen', en: 'read a workbook (also TimelineJS) into a bundle and check it' },
    load: () => import('./commands/import'),
  },
  export: {
    usage: { de: 'export <ordner|datei.zip> <datei.xlsx> [--force] [--lang en]', en: 'export <folder|file.zip> <file.xlsx> [--force] [--lang en]' },
    summary: { de: 'Paket als Tabelle ausgeben (zum Weiterarbeiten in Excel)', en: 'write a bundle as a workbook (to go on in Excel)' },
    load: () => import('./commands/export'),
  },
  check: {
    usage: { de: 'check <ordner|datei.zip> [--json] [--lang en]', en: 'check <folder|file.zip> [--json] [--lang en]' },
    summary: { de: 'Paket prüfen', en: 'check a bundle' },
    load: () => import('./commands/check'),
  },
  preview: {
    usage: { de: 'preview <ordner|datei.zip> [--port <zahl>] [--lang en]', en: 'preview <folder|file.zip> [--port <number>] [--lang en]' },
    summary: { de: 'Paket im Browser ansehen, ohne es zu aktivieren', en: 'view a bundle in the browser without activating it' },
    load: () => import('./commands/preview'),
  },
  review: {
    usage: { de: 'review <ordner>', en: 'review <folder>' },
    summary: { de: 'Prüfliste: was noch eine Entscheidung braucht', en: 'review list: what still needs a human decision' },
    load: () => import('./commands/review'),
  },
  pack: {
    usage: { de: 'pack <ordner> <datei.zip> [--force] [--lang en]', en: 'pack <folder> <file.zip> [--force] [--lang en]' },
    summary: { de: 'prüfen und als ZIP für einen USB-Stick packen', en: 'check and pack as a ZIP for a USB stick' },
    load: () => import('./commands/pack'),
  },
  activate: {
    usage: {
      de: 'activate <ordner|datei.zip> [--replace] [--data-dir <ordner>] [--lang en]',
      en: 'activate <folder|file.zip> [--replace] [--data-dir <folder>] [--lang en]',
    },
    summary: { de: 'Paket in die Bibliothek übernehmen und zeigen', en: 'install a bundle into the library and show it' },
    load: () => import('./commands/activate'),
  },
  status: {
    usage: { de: 'status [--verify] [--data-dir <ordner>] [--lang en]', en: 'status [--verify] [--data-dir <folder>] [--lang en]' },
    summary: { de: 'was gezeigt wird und welche Versionen es gibt', en: 'what is shown and which versions exist' },
    load: () => import('./commands/status'),
  },
  rollback: {
    usage: { de: 'rollback [--data-dir <ordner>] [--lang en]', en: 'rollback [--data-dir <folder>] [--lang en]' },
    summary: { de: 'zur vorherigen Version zurück', en: 'return to the previous version' },
    load: () => import('./commands/rollback'),
  },
  stats: {
    usage: {
      de: 'stats [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] [--csv <datei.csv>] [--data-dir <ordner>] [--lang en]',
      en: 'stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv <file.csv>] [--data-dir <folder>] [--lang en]',
    },
    summary: { de: 'Besuchsstatistik des Kiosks (anonym), auch als CSV', en: 'the kiosk\'s anonymous visit statistics, also as CSV' },
    load: () => import('./commands/stats'),
  },
};

/**
 * Which kiosk data folder a library command works on, and whether it is a real one: a mistyped `--data-dir` must
 * be an error, not "no bundle activated yet" (status) or a new library in the wrong place (rollback).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { libraryLayout } from '../library/libraryLayout';
import type { Bilingual } from '../library/libraryTypes';
import { shellQuote } from './cliOutput';

/** What a command needs of the data folder: a `library` in it (status, rollback) or the `folder` (activate). */
export type DataFolderNeed = 'library' | 'folder';

async function isFolder(folder: string): Promise<boolean> {
  return (await stat(folder).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * A message when `dataDir` cannot be what the command needs, else `undefined`.
 * - `library`: the folder must hold a content library (status, rollback only read or switch versions).
 * - `folder`: the folder must exist when it was named with `--data-dir` (activate creates the library inside it;
 *   the default folder is created, as the kiosk itself does on first start).
 */
export async function dataFolderProblem(dataDir: string, given: boolean, need: DataFolderNeed): Promise<Bilingual | undefined> {
  const shown = path.resolve(dataDir);
  if (need === 'folder') {
    if (!given || (await isFolder(shown))) return undefined;
    return {
      de: `Den Datenordner „${shown}“ gibt es nicht. Bitte den Pfad prüfen (Tippfehler?) oder den Ordner erst anlegen.`,
      en: `The data folder "${shown}" does not exist. Please check the path (typo?) or create the folder first.`,
    };
  }
  if (!(await isFolder(shown))) {
    return {
      de: `Den Datenordner „${shown}“ gibt es nicht.${given ? ' Bitte den Pfad prüfen (Tippfehler?).' : ' Auf diesem Rechner wurde noch kein Paket aktiviert.'}`,
      en: `The data folder "${shown}" does not exist.${given ? ' Please check the path (typo?).' : ' No bundle has been activated on this computer yet.'}`,
    };
  }
  if (!(await isFolder(libraryLayout(shown).libraryDir))) {
    const dataArg = given ? ` --data-dir ${shellQuote(shown)}` : '';
    return {
      de: `In „${shown}“ liegt keine Paket-Bibliothek des Kiosks. Ist das der richtige Datenordner? Ein erstes Paket aktivieren: npm run content -- activate <ordner|datei.zip>${dataArg}`,
      en: `"${shown}" holds no content library of the kiosk. Is it the right data folder? Activate a first bundle: npm run content -- activate <folder|file.zip>${dataArg}`,
    };
  }
  return undefined;
}

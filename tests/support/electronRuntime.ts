import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron runtime binary is, if it exists on this machine; found without requiring the `electron`
 * package, because requiring it starts a download that fails offline.
 */
export function findElectronRuntime(root: string): string | undefined {
  const electronPackage = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronPackage, 'dist');
  const candidate = path.join(base, relative);
  return existsSync(candidate) ? candidate : undefined;
}

/** Why the Electron tests skip on a machine without the runtime; shown in the test report. */
export const NO_ELECTRON_REASON =
  'Electron runtime binary not installed (it comes from GitHub releases, which this machine cannot reach). ' +
  'Run `npm start` once with network access or set ELECTRON_OVERRIDE_DIST_PATH; these tests then run for real.';

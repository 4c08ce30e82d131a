// `npm start`: builds if needed, then opens the kiosk in Electron with the default content.
// Where the Electron runtime is missing and cannot be downloaded (offline machines), it says so plainly and
// names the ways out instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensure-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(root, 'node_modules', 'electron');

/** The Electron executable, without requiring `electron` (that would start a download with a stack trace). */
export function electronExecutable() {
  const pathFile = path.join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (relative === undefined) return undefined;
  const candidate = path.join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

function tryDownloadOnce() {
  // Electron's own installer; on an offline machine it fails within a second. Its output is kept quiet.
  const result = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], {
    cwd: electronPackage,
    stdio: 'pipe',
    timeout: 120_000,
  });
  return result.status === 0;
}

function explainMissingElectron() {
  console.error(
    [
      '',
      'Die Electron-Laufzeit fehlt auf diesem Rechner und konnte nicht heruntergeladen werden (kein Internet).',
      'Auswege: einmal mit Internetverbindung „npm start“ ausführen; oder eine vorhandene Electron-Installation',
      'mit ELECTRON_OVERRIDE_DIST_PATH=/pfad/zu/electron angeben; oder die Ausstellung im Browser zeigen mit',
      '„npm run preview“.',
      '',
      'The Electron runtime is missing and could not be downloaded (offline). Run `npm start` once with network',
      'access, point ELECTRON_OVERRIDE_DIST_PATH at an installed Electron, or use `npm run preview` in a browser.',
      '',
    ].join('\n'),
  );
}

if (!ensureBuild()) {
  console.error('Der Build ist fehlgeschlagen; Einzelheiten stehen oben. / The build failed, see above.');
  process.exit(1);
}
let executable = electronExecutable();
if (executable === undefined && !process.env.ELECTRON_OVERRIDE_DIST_PATH && tryDownloadOnce()) {
  executable = electronExecutable();
}
if (executable === undefined) {
  explainMissingElectron();
  process.exit(1);
}
const child = spawn(executable, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

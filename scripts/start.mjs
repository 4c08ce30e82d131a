// `npm start`: builds if needed, then opens the kiosk in Electron with the default content. Where the Electron
// runtime is missing and cannot be downloaded (offline machines) but Chromium, Chrome or Edge is installed, it runs
// the browser route instead (`src-main/browserRoute/`): the same kiosk on a local host, in the browser's kiosk mode.
// `--browser` forces that route, `--electron` forbids it. Without either runtime it names the ways out, never a
// stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
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

function explainMissingElectron(browserProblem) {
  console.error(
    [
      '',
      'Die Electron-Laufzeit fehlt auf diesem Rechner und konnte nicht heruntergeladen werden (kein Internet).',
      'Auswege: einmal mit Internetverbindung „npm start“ ausführen; oder eine vorhandene Electron-Installation',
      'mit ELECTRON_OVERRIDE_DIST_PATH=/pfad/zu/electron angeben; oder Chromium, Chrome oder Edge installieren',
      '(dann zeigt „npm start“ die Ausstellung im Browser); oder die Ausstellung im Browser zeigen mit',
      '„npm run preview“.',
      ...(browserProblem ? ['', browserProblem] : []),
      '',
      'The Electron runtime is missing and could not be downloaded (offline). Run `npm start` once with network',
      'access, point ELECTRON_OVERRIDE_DIST_PATH at an installed Electron, install Chromium, Chrome or Edge (then',
      '`npm start` shows the exhibition in that browser), or use `npm run preview` in a browser.',
      '',
    ].join('\n'),
  );
}

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// The browser route and its pure helpers are TypeScript, like the preview host; tsx loads them in this process.
register();
const startOptions = await import('../src-main/browserRoute/startOptions.ts');
const { findBrowser } = await import('../src-main/browserRoute/browserDiscovery.ts');

const parsed = startOptions.parseStartArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const options = parsed.options;
if (!ensureBuild()) {
  console.error('Der Build ist fehlgeschlagen; Einzelheiten stehen oben. / The build failed, see above.');
  process.exit(1);
}
let executable;
if (options.route !== 'browser') {
  executable = electronExecutable();
  if (executable === undefined && !process.env.ELECTRON_OVERRIDE_DIST_PATH && tryDownloadOnce()) {
    executable = electronExecutable();
  }
}
if (executable !== undefined) {
  const child = spawn(executable, [root, ...options.passThrough], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  let browser = null;
  let headless = options.headless;
  if (!options.hostOnly) {
    const discovery = findBrowser({ platform: process.platform, env: process.env, exists: isExecutableFile });
    const choice = startOptions.chooseRoute(options.route, false, discovery);
    if (choice.route !== 'browser') {
      explainMissingElectron(choice.route === 'none' ? choice.browserProblem : undefined);
      process.exit(1);
    }
    browser = choice.browser;
    let mode = headless ? 'headless' : 'kiosk';
    if (!headless && startOptions.lacksDisplay(process.platform, process.env)) {
      headless = true;
      mode = 'headless-no-display';
    }
    console.log(startOptions.browserRouteLine(choice, mode));
  } else {
    console.log('Browser-Route ohne eigenen Browser (--host-only): der Kiosk-Host wartet auf den Browser des Systems. / Host only.');
  }
  const { runBrowserRoute } = await import('../src-main/browserRoute/browserRoute.ts');
  let route;
  try {
    route = await runBrowserRoute({
      root,
      dataDir: startOptions.kioskDataDir(process.platform, process.env, homedir()),
      browser,
      headless,
      port: options.port,
    });
  } catch (error) {
    // A broken installation (no valid built-in bundle), a port in use, a second start: a sentence, no stack trace.
    const reason =
      error.code === 'EADDRINUSE'
        ? `Port ${options.port} auf 127.0.0.1 ist schon belegt; einen anderen mit --port wählen. / Port ${options.port} is in use.`
        : error.message;
    console.error(`Der Kiosk konnte nicht starten / the kiosk could not start: ${reason}`);
    process.exit(1);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void route.stop());
  // `npm start` runs this under `sh -c`; a SIGTERM to npm alone ends the shell but never reaches this process.
  // An orphaned route would keep the browser up, so it stops when its parent is gone.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void route.stop();
  }, 1000).unref();
  await route.stopped;
  process.exit(0);
}

/**
 * Start at login, set up once by the packaged app's first start: a login item on Windows
 * (`app.setLoginItemSettings`, per user), an XDG autostart entry on Linux. Done once only (a marker in the data
 * folder), so an IT department that switches it off – or uses the systemd user unit instead – is never overruled.
 * Plain Node; the Electron call is injected.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Marker in the data folder: the first-run step has been done (its content says what it did, for the log). */
export const FIRST_RUN_FILE = 'first-run.json';

/** File name of the XDG autostart entry. */
export const DESKTOP_FILE = 'partnerschaftskiosk.desktop';

/** What the first start does for starting at login. */
export type AutostartPlan =
  | { kind: 'login-item' }
  | { kind: 'xdg'; file: string; text: string }
  | { kind: 'none'; reason: string };

/** Quotes a path for a desktop entry's `Exec` key (XDG Desktop Entry spec: quoting and escaping rules). */
export function desktopExecQuote(file: string): string {
  // Inside double quotes `"`, `` ` ``, `$` and `\` are escaped with a backslash; the file format then doubles
  // every backslash once more, as for any string value.
  const quoted = `"${file.replace(/(["`$\\])/g, '\\$1')}"`;
  return quoted.replace(/\\/g, '\\\\');
}

/** The XDG autostart entry that starts `executable` at login. */
export function desktopEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Partnerschaftskiosk',
    'Comment=Startet den Ausstellungskiosk bei der Anmeldung',
    `Exec=${desktopExecQuote(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/**
 * Decides how this installation starts at login.
 * @param executable The installed program (`process.execPath`; for an AppImage its `APPIMAGE` path).
 */
export function autostartPlan(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, executable: string, home = os.homedir()): AutostartPlan {
  if (platform === 'win32' || platform === 'darwin') return { kind: 'login-item' };
  if (platform !== 'linux') return { kind: 'none', reason: `auf ${platform} nicht vorgesehen` };
  // systemd sets INVOCATION_ID for the services it starts: the unit already starts (and restarts) the kiosk.
  if (env.INVOCATION_ID) return { kind: 'none', reason: 'vom systemd-Dienst gestartet' };
  const program = env.APPIMAGE || executable;
  const configHome = env.XDG_CONFIG_HOME || path.join(home, '.config');
  return { kind: 'xdg', file: path.join(configHome, 'autostart', DESKTOP_FILE), text: desktopEntry(program) };
}

/**
 * Runs the first-run step once per data folder: applies `plan` and writes the marker.
 * @param setLoginItem Electron's `app.setLoginItemSettings({ openAtLogin: true })`.
 * @returns A German line for the log, or undefined when the step was done before.
 */
export async function firstRunAutostart(
  dataDir: string,
  plan: AutostartPlan,
  setLoginItem: () => void,
  now: () => number = Date.now,
): Promise<string | undefined> {
  const marker = path.join(dataDir, FIRST_RUN_FILE);
  try {
    await readFile(marker);
    return undefined;
  } catch {
    // No marker: this is the first start of this installation for this user.
  }
  let done: string;
  if (plan.kind === 'login-item') {
    setLoginItem();
    done = 'Autostart: als Anmeldeelement eingetragen.';
  } else if (plan.kind === 'xdg') {
    await mkdir(path.dirname(plan.file), { recursive: true });
    // `wx`: an entry the IT department wrote or changed is left as it is.
    await writeFile(plan.file, plan.text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    done = `Autostart: ${plan.file} angelegt.`;
  } else {
    done = `Autostart: nicht eingerichtet (${plan.reason}).`;
  }
  await mkdir(dataDir, { recursive: true });
  await writeFile(marker, `${JSON.stringify({ at: new Date(now()).toISOString(), autostart: done }, null, 2)}\n`);
  return done;
}

/**
 * Finds a Chromium-family browser (Chromium, Chrome, Edge) for the browser route: `KIOSK_BROWSER` first, then the
 * usual install paths of the platform. Pure: the platform, the environment and the file test are passed in, so
 * Linux and Windows are tested on any machine.
 */
import path from 'node:path';

/** Which browser family a path belongs to; Edge gets its own kiosk switch. */
export type BrowserKind = 'chromium' | 'chrome' | 'edge';

/** A browser that was found. */
export interface FoundBrowser {
  /** Absolute path of the executable. */
  executable: string;
  kind: BrowserKind;
  /** `env`: named by `KIOSK_BROWSER`; `known`: one of the usual install paths. */
  source: 'env' | 'known';
}

/** The outcome of {@link findBrowser}. */
export type BrowserDiscovery =
  | { ok: true; browser: FoundBrowser }
  /** `KIOSK_BROWSER` names a file that does not exist: said plainly, never replaced by another browser. */
  | { ok: false; reason: 'env-missing'; executable: string }
  | { ok: false; reason: 'none-found'; searched: readonly string[] };

/** What {@link findBrowser} looks at. */
export interface DiscoveryInput {
  /** `process.platform`. */
  platform: NodeJS.Platform;
  /** The environment (`KIOSK_BROWSER`, and on Windows `ProgramFiles`, `ProgramFiles(x86)`, `LOCALAPPDATA`). */
  env: Readonly<Record<string, string | undefined>>;
  /** True when an executable file exists at the path. */
  exists: (file: string) => boolean;
}

const LINUX_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge-stable',
  '/usr/bin/microsoft-edge',
  '/opt/microsoft/msedge/msedge',
];

const MAC_CANDIDATES: readonly string[] = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

/** Edge first on Windows: it ships with Windows 10/11 and is the browser Assigned Access supports. */
const WINDOWS_RELATIVE: readonly { base: string; file: string }[] = [
  { base: 'ProgramFiles(x86)', file: 'Microsoft\\Edge\\Application\\msedge.exe' },
  { base: 'ProgramFiles', file: 'Microsoft\\Edge\\Application\\msedge.exe' },
  { base: 'ProgramFiles', file: 'Google\\Chrome\\Application\\chrome.exe' },
  { base: 'ProgramFiles(x86)', file: 'Google\\Chrome\\Application\\chrome.exe' },
  { base: 'LOCALAPPDATA', file: 'Google\\Chrome\\Application\\chrome.exe' },
  { base: 'LOCALAPPDATA', file: 'Chromium\\Application\\chrome.exe' },
];

/** The install paths searched on `platform`, in order of preference. */
export function browserCandidates(platform: NodeJS.Platform, env: DiscoveryInput['env']): string[] {
  if (platform === 'win32') {
    return WINDOWS_RELATIVE.flatMap(({ base, file }) => {
      const folder = env[base];
      return folder ? [path.win32.join(folder, file)] : [];
    });
  }
  if (platform === 'darwin') return [...MAC_CANDIDATES];
  return [...LINUX_CANDIDATES];
}

/** The family of a browser executable, judged by its file name. */
export function browserKind(executable: string): BrowserKind {
  const name = path.win32.basename(executable).toLowerCase();
  if (name.includes('edge')) return 'edge';
  // Chromium's Windows build is also called chrome.exe; its folder tells it apart.
  if (executable.toLowerCase().includes('chromium')) return 'chromium';
  return name.includes('chrome') ? 'chrome' : 'chromium';
}

/** `KIOSK_BROWSER` if set, else the first usual install path that exists. */
export function findBrowser(input: DiscoveryInput): BrowserDiscovery {
  const override = input.env.KIOSK_BROWSER?.trim();
  if (override) {
    return input.exists(override)
      ? { ok: true, browser: { executable: override, kind: browserKind(override), source: 'env' } }
      : { ok: false, reason: 'env-missing', executable: override };
  }
  const searched = browserCandidates(input.platform, input.env);
  const executable = searched.find((candidate) => input.exists(candidate));
  return executable
    ? { ok: true, browser: { executable, kind: browserKind(executable), source: 'known' } }
    : { ok: false, reason: 'none-found', searched };
}

// The offline install kit's pure parts (used by scripts/package.mjs and the packaging tests): which Electron zip
// this is, whether its SHA-256 matches the checksums.json the `electron` npm package ships, and the electron-builder
// call that packages against that zip (or, in tests, a stand-in Electron folder) without any download.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ZIP_NAME = /^electron-v(\d+\.\d+\.\d+)-(win32|linux|darwin)-(x64|arm64|ia32|armv7l)\.zip$/;

/** electron-builder targets per platform: what `npm run package` builds unless `--target` says otherwise. */
export const DEFAULT_TARGETS = { win32: ['nsis'], linux: ['AppImage', 'deb'], darwin: ['dmg'] };

/** The builder's command line flag for a platform. */
const PLATFORM_FLAG = { win32: '--win', linux: '--linux', darwin: '--mac' };

/** The Electron version the project is built with (the installed `electron` npm package). */
export function electronVersion(root) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

/** The checksums (file name → SHA-256 hex) published with this Electron release, shipped in the npm package. */
export function electronChecksums(root) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'checksums.json'), 'utf8'));
}

/** SHA-256 of a file, hex. */
export function sha256OfFile(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Checks an Electron zip by name and checksum.
 * @param {{ file: string, sha256: string, checksums: Record<string, string>, version: string }} input
 * @returns {{ ok: true, platform: string, arch: string } | { ok: false, message: string }} German message
 */
export function checkElectronZip({ file, sha256, checksums, version }) {
  const name = path.basename(file);
  const match = ZIP_NAME.exec(name);
  if (!match) return { ok: false, message: `${name}: kein Electron-Paket (erwartet z. B. electron-v${version}-win32-x64.zip).` };
  const [, zipVersion, platform, arch] = match;
  if (zipVersion !== version) {
    return { ok: false, message: `${name}: Electron ${zipVersion}, das Projekt braucht ${version} (electron-v${version}-${platform}-${arch}.zip).` };
  }
  const expected = checksums[name];
  if (!expected) return { ok: false, message: `${name}: steht nicht in node_modules/electron/checksums.json.` };
  if (expected !== sha256) {
    return { ok: false, message: `${name}: Prüfsumme stimmt nicht (SHA-256 ${sha256}, erwartet ${expected}). Datei beschädigt oder nicht von Electron – bitte neu holen.` };
  }
  return { ok: true, platform, arch };
}

/**
 * The electron-builder arguments for an offline build.
 * @param {{ platform: string, arch: string, targets: string[], electronDist: string, version: string, output?: string }} input
 */
export function builderArguments({ platform, arch, targets, electronDist, version, output }) {
  return [
    PLATFORM_FLAG[platform],
    ...targets,
    `--${arch}`,
    '--publish',
    'never',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${version}`,
    ...(output ? [`-c.directories.output=${output}`] : []),
  ];
}

/**
 * sharp's native packages the target needs; npm installs only the build machine's own, so a Windows installer is
 * built on Windows (or after `npm install --os=win32 --cpu=x64 sharp`).
 * @returns the missing package folders, empty when all are there.
 */
export function missingNativePackages(root, platform, arch) {
  const wanted = [`@img/sharp-${platform}-${arch}`, ...(platform === 'win32' ? [] : [`@img/sharp-libvips-${platform}-${arch}`])];
  return wanted.filter((name) => !existsSync(path.join(root, 'node_modules', name, 'package.json')));
}

// `npm run package -- --electron-zip <electron-v…-win32-x64.zip|linux-x64.zip> [--target <ziel>] [--output <ordner>]`:
// builds the kiosk's installers on a machine without network. The Electron zip (copied there from a machine with
// network) is checked against the checksums.json that the `electron` npm package ships, then electron-builder
// packages against it instead of downloading. NSIS (Windows) and AppImage need electron-builder's toolsets as
// well: copy its cache folder along and point ELECTRON_BUILDER_CACHE at it (README „Kiosk einrichten“).
// Exit codes: 0 built, 1 the zip failed its check or the build failed, 2 wrong call.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBuild } from './ensure-build.mjs';
import {
  builderArguments,
  checkElectronZip,
  DEFAULT_TARGETS,
  electronChecksums,
  electronVersion,
  missingNativePackages,
  sha256OfFile,
} from './packageKit.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'Aufruf: npm run package -- --electron-zip <electron-vX.Y.Z-win32-x64.zip|…-linux-x64.zip> [--target nsis|AppImage|deb|dir] [--output <ordner>]';

function fail(message, code) {
  console.error(message);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgs({
    options: { 'electron-zip': { type: 'string' }, target: { type: 'string', multiple: true }, output: { type: 'string' } },
    allowPositionals: false,
  }));
} catch (error) {
  fail(`${error.message}\n${USAGE}`, 2);
}
if (!values['electron-zip']) fail(`Die Electron-ZIP-Datei fehlt.\n${USAGE}`, 2);

const zip = path.resolve(values['electron-zip']);
const version = electronVersion(root);
let sha256;
try {
  sha256 = await sha256OfFile(zip);
} catch (error) {
  fail(`${zip}: nicht lesbar (${error.code ?? error.message}).`, 2);
}
const checked = checkElectronZip({ file: zip, sha256, checksums: electronChecksums(root), version });
if (!checked.ok) fail(checked.message, 1);
console.log(`${path.basename(zip)}: Prüfsumme stimmt (SHA-256 ${sha256}).`);

const missing = missingNativePackages(root, checked.platform, checked.arch);
if (missing.length > 0) {
  fail(
    `Für ${checked.platform}-${checked.arch} fehlen sharps native Teile: ${missing.join(', ')}.\n` +
      `Das Installationspaket auf einem ${checked.platform === 'win32' ? 'Windows-' : 'passenden '}Rechner bauen (dort installiert npm ci sie), ` +
      `oder sie mit „npm install --no-save --os=${checked.platform} --cpu=${checked.arch} sharp“ dazuholen (braucht Netz).`,
    1,
  );
}

if (!ensureBuild()) fail('Der Build (npm run build) ist fehlgeschlagen.', 1);
const targets = values.target ?? DEFAULT_TARGETS[checked.platform];
const args = builderArguments({ platform: checked.platform, arch: checked.arch, targets, electronDist: zip, version, output: values.output });
console.log(`electron-builder ${args.join(' ')}`);
const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), ...args], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  fail(
    'electron-builder ist fehlgeschlagen. Ohne Netz braucht NSIS/AppImage den kopierten Cache-Ordner von electron-builder ' +
      '(ELECTRON_BUILDER_CACHE, siehe README „Kiosk einrichten“); „--target dir“ baut ohne ihn den entpackten Programmordner.',
    1,
  );
}
console.log(`Fertig: ${path.resolve(root, values.output ?? 'dist')}`);

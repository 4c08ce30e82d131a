import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builderArguments, checkElectronZip, electronChecksums, electronVersion, missingNativePackages, sha256OfFile } from '../../../scripts/packageKit.mjs';
import { projectRoot } from '../../../src-main/content/contentLocations';
import { makeTempDir } from '../../support/tempDir';

const root = projectRoot(import.meta.url);
const version = electronVersion(root);
const checksums = { [`electron-v${version}-win32-x64.zip`]: 'a'.repeat(64), [`electron-v${version}-linux-x64.zip`]: 'b'.repeat(64) };

describe('offline install kit (npm run package -- --electron-zip …)', () => {
  const cases = [
    { name: 'a matching Windows zip', file: `/kit/electron-v${version}-win32-x64.zip`, sha256: 'a'.repeat(64), expected: { ok: true, platform: 'win32', arch: 'x64' } },
    { name: 'a matching Linux zip', file: `electron-v${version}-linux-x64.zip`, sha256: 'b'.repeat(64), expected: { ok: true, platform: 'linux', arch: 'x64' } },
    { name: 'a damaged zip', file: `electron-v${version}-linux-x64.zip`, sha256: 'c'.repeat(64), says: /Prüfsumme stimmt nicht .*bitte neu holen/ },
    { name: 'another Electron version', file: 'electron-v44.0.0-win32-x64.zip', sha256: 'a'.repeat(64), says: new RegExp(`Electron 44.0.0, das Projekt braucht ${version.replace(/\./g, '\\.')}`) },
    { name: 'a file that is no Electron zip', file: 'chromedriver.zip', sha256: 'a'.repeat(64), says: /kein Electron-Paket/ },
    { name: 'a platform the checksums do not list', file: `electron-v${version}-linux-arm64.zip`, sha256: 'a'.repeat(64), says: /steht nicht in node_modules\/electron\/checksums\.json/ },
  ];
  for (const { name, file, sha256, expected, says } of cases) {
    it(name, () => {
      const result = checkElectronZip({ file, sha256, checksums, version });
      if (expected) expect(result).toEqual(expected);
      else expect(result.ok === false && result.message).toMatch(says!);
    });
  }

  it('knows the real checksums of this Electron release', () => {
    const real = electronChecksums(root);
    for (const name of [`electron-v${version}-win32-x64.zip`, `electron-v${version}-linux-x64.zip`]) expect(real[name]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('calls electron-builder without downloads: the zip as electronDist, the pinned version, no publishing', () => {
    expect(builderArguments({ platform: 'win32', arch: 'x64', targets: ['nsis'], electronDist: 'C:/kit/e.zip', version: '45.4.1' })).toEqual([
      '--win', 'nsis', '--x64', '--publish', 'never', '-c.electronDist=C:/kit/e.zip', '-c.electronVersion=45.4.1',
    ]);
  });

  it('names the sharp packages a cross-build lacks', () => {
    expect(missingNativePackages(root, process.platform, process.arch)).toEqual([]);
    expect(missingNativePackages(root, 'win32', 'arm64')).toEqual(['@img/sharp-win32-arm64']);
  });

  describe('the command', () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
    afterEach(async () => cleanup());
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts', 'package.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

    it('refuses a zip whose checksum does not match, before building anything', async () => {
      const zip = path.join(dir, `electron-v${version}-linux-x64.zip`);
      await writeFile(zip, 'not the real Electron');
      const result = run(['--electron-zip', zip]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Prüfsumme stimmt nicht (SHA-256 ${await sha256OfFile(zip)}`);
      expect(result.stdout).not.toContain('electron-builder');
    });

    it('explains its call when the zip is missing', () => {
      const result = run([]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Aufruf: npm run package -- --electron-zip');
    });
  });
});

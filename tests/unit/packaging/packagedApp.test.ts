/**
 * The packaging check (issue 15): electron-builder's `dir` target is built once, offline, against a stand-in
 * Electron distribution, and every assertion here reads that one build: the asar's contents, the unpacked native
 * parts, the default content, the fuses, and a smoke start of the packaged main process under Node with a recorded
 * stand-in for the `electron` module. It never replaces the real `_electron` tests; it catches packaging faults
 * (a module missing from the package, a wrong path, a broken asarUnpack) on machines where those cannot run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getRawHeader, extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builderArguments, electronVersion } from '../../../scripts/packageKit.mjs';
import { projectRoot } from '../../../src-main/content/contentLocations';
import { makeTempDir } from '../../support/tempDir';
import { developerFileReason } from './developerFiles';
import { FUSE_COUNT, writeStandInElectron } from './standInElectron';

const root = projectRoot(import.meta.url);
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
  nsis?: Record<string, unknown>;
};
const version = electronVersion(root);
const EXECUTABLE = 'partnerschaftskiosk';
/** One start of the packaged main: loads sharp and the runtime, makes derivatives (a few s alone, more in `npm test`). */
const SMOKE_TIMEOUT_MS = 90_000;
const FUSE_INDEX: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** Every file below `folder`, relative, `/`-separated, sorted. */
function filesBelow(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesBelow(path.join(folder, entry.name), relative) : [relative];
    })
    .sort();
}

/** Files with their size and SHA-256, to prove a tree unchanged. */
function treeFingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    filesBelow(folder).map((file) => {
      const body = readFileSync(path.join(folder, file));
      return [file, `${statSync(path.join(folder, file)).size}:${createHash('sha256').update(body).digest('hex')}`];
    }),
  );
}

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const semver = createRequire(import.meta.url)('semver') as { satisfies: (version: string, range: string) => boolean };

/** Node's lookup of package `name` from package folder `from` ('' = the app): nearest node_modules upwards. */
function resolvePackage(from: string, name: string, packages: ReadonlySet<string>): string | undefined {
  let folder = from;
  for (;;) {
    const candidate = folder ? `${folder}/node_modules/${name}` : `node_modules/${name}`;
    if (packages.has(candidate)) return candidate;
    if (!folder) return undefined;
    const cut = folder.lastIndexOf('/node_modules/');
    folder = cut === -1 ? '' : folder.slice(0, cut);
  }
}

interface Served {
  status: number;
  type: string | null;
  length: number;
  head: string;
  text?: string;
}
interface SmokeReport {
  error?: string;
  exitCode?: number;
  callsBeforeReady: string[];
  calls: { name: string; ready: boolean; detail?: unknown }[];
  served: Record<'index' | 'photo' | 'derived' | 'outside', Served>;
  ipc: { title: unknown; imageCount: number; imageFile?: string; foreignSender: string };
}

describe('the packaged app (electron-builder dir target against a stand-in Electron)', () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  let appDir: string;
  let resources: string;
  let asar: string;
  /** The install as Electron's asar support shows it to the app: app.asar read as a folder. */
  let mounted: string;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-build.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    temp = await makeTempDir('kiosk-packaging-');
    const dist = path.join(temp.dir, 'electron-dist');
    // Every fuse starts opposite to the configuration, so reading the wire back proves each one was flipped.
    const start = Object.values(FuseV1Options)
      .filter((value): value is FuseV1Options => typeof value === 'number')
      .sort((a, b) => a - b)
      .map((index) => {
        const key = Object.keys(FUSE_INDEX).find((name) => FUSE_INDEX[name] === index);
        const wanted = key === undefined ? undefined : config.electronFuses[key];
        return wanted === undefined ? '0' : wanted ? '0' : '1';
      })
      .join('');
    expect(start).toHaveLength(FUSE_COUNT);
    await writeStandInElectron(dist, version, start);
    const args = builderArguments({ platform: 'linux', arch: 'x64', targets: ['dir'], electronDist: dist, version, output: path.join(temp.dir, 'dist') });
    const builder = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      // No network: the stand-in replaces the download, the dir target needs no other toolset.
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      // ≈ 15 s on a quiet machine; minutes when two cores are shared with the rest of the suite and other work.
      timeout: 420_000,
    });
    if (builder.status !== 0) throw new Error(`electron-builder failed (${builder.status}):\n${builder.stdout}\n${builder.stderr}`);
    appDir = path.join(temp.dir, 'dist', 'linux-unpacked');
    resources = path.join(appDir, 'resources');
    asar = path.join(resources, 'app.asar');
    mounted = path.join(temp.dir, 'mounted', 'resources');
    extractAll(asar, path.join(mounted, 'app.asar'));
    symlinkSync(path.join(resources, 'content'), path.join(mounted, 'content'));
  }, 480_000);
  afterAll(async () => temp?.cleanup());

  const inAsar = () => listPackage(asar, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));

  it('holds the built main, preload and renderer, exactly as built', () => {
    const packed = inAsar().filter((entry) => entry.startsWith('out/') && statSync(path.join(mounted, 'app.asar', entry)).isFile());
    expect(packed).toEqual(filesBelow(path.join(root, 'out')).map((file) => `out/${file}`).filter((file) => !file.endsWith('.map')));
    expect(packed).toEqual(expect.arrayContaining(['out/main/main.js', 'out/preload/preload.cjs', 'out/renderer/index.html']));
  });

  it('resolves every production dependency inside the package, and holds nothing from devDependencies', async () => {
    const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; dev?: boolean }>;
    };
    const manifest = (folder: string) => JSON.parse(readFileSync(path.join(mounted, 'app.asar', folder, 'package.json'), 'utf8')) as PackageJson;
    // A package is a folder right below a node_modules folder (package.json files deeper inside are its own).
    const packed = inAsar().flatMap((entry) => /^(.*node_modules\/(@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1] ?? []);
    // electron-builder lays the production tree out anew, so packages are found as Node finds them, not by path.
    const unresolved: string[] = [];
    const check = (from: string, dependencies: Record<string, string> = {}, optional: Record<string, string> = {}) => {
      for (const [name, range] of Object.entries({ ...dependencies, ...optional })) {
        // Type declarations only (fast-csv lists @types/node): trimmed on purpose, nothing loads them at run time.
        if (name.startsWith('@types/')) continue;
        const found = resolvePackage(from, name, new Set(packed));
        if (found === undefined) {
          // An optional dependency counts when this machine installed it (sharp's platform package does).
          if (!(name in optional) || existsSync(path.join(root, 'node_modules', name))) unresolved.push(`${from || '(app)'} → ${name}`);
        } else if (!semver.satisfies(manifest(found).version, range)) {
          unresolved.push(`${from || '(app)'} → ${name}@${range} finds ${manifest(found).version}`);
        }
      }
    };
    const app = manifest('');
    check('', app.dependencies);
    for (const folder of packed) check(folder, manifest(folder).dependencies, manifest(folder).optionalDependencies);
    expect(unresolved).toEqual([]);
    expect(packed.length).toBeGreaterThan(Object.keys(app.dependencies ?? {}).length);

    const production = new Set(
      Object.entries(lock.packages)
        .filter(([key, info]) => key.startsWith('node_modules/') && !info.dev)
        .map(([key, info]) => `${key.replace(/^.*node_modules\//, '')}@${info.version}`),
    );
    const fromDev = packed.map((folder) => `${manifest(folder).name}@${manifest(folder).version}`).filter((id) => !production.has(id));
    expect(fromDev).toEqual([]);
  });

  it('ships no source maps, TypeScript sources, tests, benchmarks, docs or tool configuration', () => {
    const found = inAsar()
      .filter((entry) => statSync(path.join(mounted, 'app.asar', entry)).isFile())
      .map((entry) => ({ entry, reason: developerFileReason(entry) }))
      .filter((item) => item.reason !== undefined);
    expect(found).toEqual([]);
  });

  it('keeps sharp and libvips outside the asar, where native libraries can load', () => {
    const header = getRawHeader(asar).header as { files: Record<string, unknown> };
    const entry = (parts: string[]) =>
      parts.reduce<Record<string, unknown> | undefined>((node, part) => (node?.files as Record<string, Record<string, unknown>> | undefined)?.[part], header);
    const packedNative = inAsar().filter((file) => /\.(node|so(\.\d+)*|dll|dylib)$/.test(file));
    expect(packedNative.length).toBeGreaterThan(0);
    for (const file of packedNative) {
      expect({ file, unpacked: entry(file.split('/'))?.unpacked }).toEqual({ file, unpacked: true });
      expect(statSync(path.join(resources, 'app.asar.unpacked', file)).size).toBeGreaterThan(0);
    }
    expect(packedNative.some((file) => file.includes('@img/sharp-libvips-linux-x64/lib/libvips-cpp.so'))).toBe(true);
    expect(packedNative.some((file) => /^node_modules\/@img\/sharp-linux-x64\/lib\/sharp-linux-x64[^/]*\.node$/.test(file))).toBe(true);
  });

  it('ships the default content beside the asar, file for file', () => {
    expect(filesBelow(path.join(resources, 'content'))).toEqual(filesBelow(path.join(root, 'content')));
  });

  it('sets the fuses as electron-builder.yml says (read back from the wire)', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir, EXECUTABLE));
    for (const [key, wanted] of Object.entries(config.electronFuses)) {
      const index = FUSE_INDEX[key];
      expect({ key, known: index !== undefined }).toEqual({ key, known: true });
      expect({ key, state: String.fromCharCode(wire[index!] as number) }).toEqual({ key, state: wanted ? '1' : '0' });
    }
  });

  it('keeps the data folder on updates and uninstalls (the installer never deletes it)', () => {
    expect(config.nsis?.deleteAppDataOnUninstall ?? false).toBe(false);
  });

  describe('smoke start of the packaged main under Node', () => {
    let home: string;
    let installBefore: Record<string, string>;
    let mountedBefore: Record<string, string>;

    /** Starts the packaged main once with `argv`; returns its record and what it printed. */
    async function startPackaged(argv: string[], name: string, waitForFile?: string): Promise<{ report: SmokeReport; stdout: string }> {
      const reportFile = path.join(temp.dir, `${name}.json`);
      const smoke = path.join(root, 'tests', 'unit', 'packaging', 'smoke');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SMOKE_RUN: JSON.stringify({ resourcesPath: mounted, mainFile: path.join(mounted, 'app.asar', 'out', 'main', 'main.js'), argv, reportFile, waitForFile }),
        SMOKE_STANDIN: JSON.stringify({
          appPath: path.join(mounted, 'app.asar'),
          pathsDir: home,
          version: '0.1.0',
          name: 'partnerschaftskiosk',
          displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, scaleFactor: 1 }],
        }),
        XDG_CONFIG_HOME: path.join(home, 'xdg'),
      };
      for (const key of ['KIOSK_DATA_DIR', 'INVOCATION_ID', 'APPIMAGE', 'NODE_OPTIONS']) delete env[key];
      const child = spawn(process.execPath, ['--import', path.join(smoke, 'resolveElectron.mjs'), path.join(smoke, 'runPackagedMain.mjs')], {
        // Outside the project, so nothing resolves from the project's own node_modules by accident.
        cwd: temp.dir,
        env,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      if (code !== 0) throw new Error(`smoke runner exited ${code}:\n${stdout}\n${stderr}`);
      const report = JSON.parse(await readFile(reportFile, 'utf8')) as SmokeReport;
      if (report.error) throw new Error(`${report.error}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
      return { report, stdout };
    }

    beforeAll(() => {
      home = path.join(temp.dir, 'home');
      mkdirSync(home);
      installBefore = treeFingerprint(appDir);
      mountedBefore = treeFingerprint(path.join(mounted, 'app.asar'));
    });

    it('starts from the packaged paths, registers the scheme before ready, serves the page, a photo and a derived image, and opens the locked-down window', async () => {
      const userData = path.join(home, 'userData');
      const { report } = await startPackaged([], 'start', path.join(userData, 'first-run.json'));
      expect(report.callsBeforeReady).toContain('protocol.registerSchemesAsPrivileged');
      const privileged = report.calls.find((call) => call.name === 'protocol.registerSchemesAsPrivileged');
      expect(privileged).toMatchObject({ ready: false, detail: [{ scheme: 'kiosk', privileges: { standard: true, secure: true } }] });
      expect(report.calls.find((call) => call.name === 'protocol.handle')).toMatchObject({ ready: true, detail: 'kiosk' });

      expect(report.served.index).toMatchObject({ status: 200 });
      expect(report.served.index.type).toMatch(/^text\/html/);
      expect(report.served.index.text).toContain('<script');
      expect(report.ipc.imageCount).toBeGreaterThan(0);
      const photo = path.join(resources, 'content', 'siegen-wittgenstein-emek-hefer', report.ipc.imageFile!);
      expect(report.served.photo).toMatchObject({ status: 200, length: statSync(photo).size });
      expect(report.served.derived).toMatchObject({ status: 200, type: 'image/webp' });
      expect(report.served.derived.head.slice(0, 4)).toBe('RIFF');
      expect(report.served.derived.head.slice(8, 12)).toBe('WEBP');
      expect(report.served.outside.status).toBeGreaterThanOrEqual(400);
      expect(report.ipc.foreignSender).toBe('Unknown sender');

      const window = report.calls.find((call) => call.name === 'new BrowserWindow')?.detail as Record<string, unknown> & { webPreferences: Record<string, unknown> };
      expect(window).toMatchObject({ kiosk: true, fullscreen: true, frame: false, width: 1920, height: 1080 });
      expect(window.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false, webviewTag: false });
      expect(String(window.webPreferences.preload)).toBe(path.join(mounted, 'app.asar', 'out', 'preload', 'preload.cjs'));
      expect(report.calls.find((call) => call.name === 'window.loadURL')?.detail).toBe('kiosk://app/index.html');
      expect(report.calls.map((call) => call.name)).toContain('powerSaveBlocker.start');

      // The data folder is Electron's userData, outside the installation; the install is not written to.
      expect(report.calls.filter((call) => call.name === 'app.getPath').map((call) => call.detail)).toEqual(['userData']);
      expect(filesBelow(userData)).toEqual(expect.arrayContaining(['first-run.json', 'logs/kiosk.log']));
      expect(readFileSync(path.join(home, 'xdg', 'autostart', 'partnerschaftskiosk.desktop'), 'utf8')).toContain('Exec=');
    }, SMOKE_TIMEOUT_MS);

    it('--self-test fails without a PIN; --set-pin sets it; then --self-test passes; the install stays unchanged', async () => {
      const failing = await startPackaged(['--self-test'], 'self-test-1');
      expect(failing.report.exitCode).toBe(1);
      expect(failing.stdout).toMatch(/Selbsttest FEHLER PIN: keine PIN eingerichtet/);
      expect(failing.stdout).toMatch(/Selbsttest OK {5}Oberfläche: kiosk:\/\/app\/index.html wird ausgeliefert/);

      const setting = await startPackaged(['--set-pin=4826'], 'set-pin');
      expect(setting.report.exitCode).toBe(0);
      expect(setting.stdout).toContain('PIN gespeichert');

      const passing = await startPackaged(['--self-test'], 'self-test-2');
      expect(passing.stdout).toMatch(/Selbsttest OK {5}PIN: eingerichtet/);
      expect(passing.stdout).toMatch(/Selbsttest OK {5}Bildschirm: 1 angeschlossen/);
      expect(passing.report.exitCode).toBe(0);

      expect(treeFingerprint(appDir)).toEqual(installBefore);
      expect(treeFingerprint(path.join(mounted, 'app.asar'))).toEqual(mountedBefore);
    }, 3 * SMOKE_TIMEOUT_MS);
  });
});

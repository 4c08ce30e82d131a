import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../../src-main/cli/contentCli';
import type { CommandIo } from '../../../../../src-main/cli/commandTypes';
import { run as check } from '../../../../../src-main/cli/commands/check';
import { snapshotTree, validManifest, writeFiles, writeValidBundle } from '../../../../support/bundleBuilder';
import { makeTempDir } from '../../../../support/tempDir';

/** Through the dispatcher, so the rules every command shares (usage, --help, errors) are part of the test. */
const pack = (args: string[], io: CommandIo): Promise<number> => runContentCli(['pack', ...args], io);

async function call(command: typeof pack, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

async function zipNames(file: string): Promise<string[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const names: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return names.sort();
}

describe('content pack', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let bundle: string;
  let out: string;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('kiosk-pack-'));
    bundle = path.join(root, 'paket');
    await writeValidBundle(bundle);
    await writeFiles(bundle, { '.DS_Store': 'junk', 'bilder/Thumbs.db': 'junk', 'bilder/.versteckt': 'x' });
    await writeFile(path.join(root, 'draussen.txt'), 'geheim');
    await symlink(path.join(root, 'draussen.txt'), path.join(bundle, 'nach-draussen'));
    out = path.join(root, 'ausgabe');
    await writeFiles(out, { '.keep': '' });
  });
  afterAll(() => cleanup());

  it('refuses a bundle with errors and writes nothing', async () => {
    const broken = path.join(root, 'kaputt');
    const m = validManifest() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited freely
    m.events[0].partners = ['gibt-es-nicht'];
    await writeValidBundle(broken, m);
    const result = await call(pack, [broken, path.join(out, 'kaputt.zip')]);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('Nicht gepackt');
    expect(await readdir(out)).toEqual(['.keep']);
  });

  it('refuses a link out of the bundle (it is an error), then packs once the link is gone', async () => {
    const before = await snapshotTree(bundle);
    const refused = await call(pack, [bundle, path.join(out, 'paket.zip')]);
    expect(refused.code).toBe(1);
    expect(await snapshotTree(bundle)).toEqual(before);
    const { rm } = await import('node:fs/promises');
    await rm(path.join(bundle, 'nach-draussen'));
  });

  it('writes exactly the bundle files, and the archive passes check', async () => {
    const before = await snapshotTree(bundle);
    const target = path.join(out, 'paket.zip');
    const result = await call(pack, [bundle, target]);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out[0]).toMatch(/^Gepackt: .*paket\.zip \(3 Dateien/);
    expect(await zipNames(target)).toEqual(['bilder/a.jpg', 'bilder/b.png', 'bundle.yaml']);
    expect((await readdir(out)).sort()).toEqual(['.keep', 'paket.zip']);
    expect(await snapshotTree(bundle)).toEqual(before);
    expect((await call(check, [target])).code).toBe(0);
  });

  it('never overwrites silently; --force replaces', async () => {
    const target = path.join(out, 'paket.zip');
    const original = await readFile(target);
    await writeFile(target, 'alt');
    const refused = await call(pack, [bundle, target]);
    expect(refused.code).toBe(2);
    expect(await readFile(target, 'utf8')).toBe('alt');
    const forced = await call(pack, [bundle, target, '--force']);
    expect(forced.code).toBe(0);
    expect((await readFile(target)).length).toBe(original.length);
    expect((await readdir(out)).sort()).toEqual(['.keep', 'paket.zip']);
  });

  it.each([
    { name: 'missing target', args: (b: string) => [b] },
    { name: 'target inside the bundle', args: (b: string) => [b, path.join(b, 'x.zip')] },
    { name: 'source is not a folder', args: (b: string) => [path.join(b, 'bundle.yaml'), path.join(root, 'y.zip')] },
    { name: 'target folder missing', args: (b: string) => [b, path.join(root, 'fehlt', 'x.zip')] },
  ])('exits 2: $name', async ({ args }) => {
    const before = await snapshotTree(bundle);
    expect((await call(pack, args(bundle))).code).toBe(2);
    expect(await snapshotTree(bundle)).toEqual(before);
  });
});

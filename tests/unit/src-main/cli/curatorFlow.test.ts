/**
 * Issue 16 held point by point: each row is one stumbling block a new curator met, driven through the real CLI
 * dispatcher on real folders, zips and images.
 */
import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentCli } from '../../../../src-main/cli/contentCli';
import { COMMANDS } from '../../../../src-main/cli/commandTable';
import { createFolderHandler } from '../../../../src-main/content/folderHandler';
import { jpeg, makeZip, validManifest, writeValidBundle } from '../../../support/bundleBuilder';
import { captureIo } from '../../../support/libraryCliIo';
import { makeTempDir } from '../../../support/tempDir';

let root: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir: root, cleanup } = await makeTempDir('kiosk-curator-')));
afterAll(() => cleanup());

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runContentCli(argv, io);
  return { code, ...io };
}

/** A bundle in a folder whose name has a space, the way curators name folders. */
async function bundle(name: string, manifest = validManifest()): Promise<string> {
  const dir = path.join(root, name);
  await writeValidBundle(dir, manifest);
  return dir;
}

const points: { point: number; name: string; run: () => Promise<void> }[] = [
  {
    point: 1,
    name: 'a JPEG with a valid header and a damaged block (bit rot) is an error naming the file',
    run: async () => {
      const dir = await bundle('Foto kaputt');
      const photo = await jpeg(1920, 1280, '#3070a0');
      const rotten = Buffer.from(photo);
      // Overwrite a block in the middle of the entropy-coded data, keeping header and end marker.
      for (let i = Math.floor(rotten.length / 2); i < Math.floor(rotten.length / 2) + 64; i += 1) rotten[i] = (i * 37) & 0xff;
      await writeFile(path.join(dir, 'bilder', 'a.jpg'), rotten);
      const { code, stdout } = await cli('check', dir);
      expect(code).toBe(1);
      expect(stdout.join('\n')).toMatch(/^bilder\/a\.jpg\n  Fehler  Bild „foto-a“, Feld file \(images\[0\]\.file\): .*Corrupt JPEG data/);
    },
  },
  // WebP carries no checksum: libwebp decodes a block of garbage inside its data as (wrong) pixels without a
  // warning, so for WebP the row holds the damage the decoder can see – a file cut short on the stick.
  ...([
    { format: 'png', damage: 'a damaged block in the middle of its image data' },
    { format: 'webp', damage: 'its second half missing (copy broken off)' },
  ] as const).map(({ format, damage }) => ({
    point: 1,
    name: `a ${format.toUpperCase()} with ${damage} is an error naming the file`,
    run: async () => {
      const manifest = validManifest() as { images: { file: string }[] };
      manifest.images[0]!.file = `bilder/a.${format}`;
      const dir = await bundle(`Kaputt ${format}`, manifest);
      // Noise, so the compressed image data fills the file and the damage lands in it, not in a header.
      const noise = sharp({ create: { width: 1920, height: 1280, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
      const rotten = Buffer.from(await noise.toFormat(format).toBuffer());
      for (let i = Math.floor(rotten.length / 2); i < Math.floor(rotten.length / 2) + 64; i += 1) rotten[i] = (i * 37) & 0xff;
      await writeFile(path.join(dir, 'bilder', `a.${format}`), format === 'webp' ? rotten.subarray(0, Math.floor(rotten.length / 2)) : rotten);
      const { code, stdout } = await cli('check', dir);
      expect(code).toBe(1);
      expect(stdout.join('\n')).toMatch(new RegExp(`^bilder/a\\.${format}\\n  Fehler  Bild „foto-a“, Feld file`, 'm'));
    },
  })),
  {
    point: 2,
    name: 'an umlaut name saved by a Mac (NFD on disk, NFC in the manifest) checks clean in a folder and a zip and is served',
    run: async () => {
      const manifest = validManifest() as { images: { file: string }[] };
      manifest.images[0]!.file = 'bilder/Münster.jpg'; // NFC, as typed
      const dir = await bundle('Mac Umlaut', manifest);
      const nfd = 'bilder/Mu\u0308nster.jpg';
      await rename(path.join(dir, 'bilder', 'a.jpg'), path.join(dir, nfd));
      expect(await readdir(path.join(dir, 'bilder'))).toContain('Mu\u0308nster.jpg');
      const folder = await cli('check', dir);
      expect(folder.code).toBe(0);
      expect(folder.stdout.join('\n')).not.toMatch(/fehlt im Paket|nirgends verwendet|Münster/);
      const zipFile = path.join(root, 'mac-umlaut.zip');
      const bytes = (name: string) => readFile(path.join(dir, name));
      const zip = await makeZip([
        { name: 'bundle.yaml', data: await bytes('bundle.yaml') },
        { name: nfd, data: await bytes(nfd) },
        { name: 'bilder/b.png', data: await bytes('bilder/b.png') },
      ]);
      await writeFile(zipFile, zip);
      const zipped = await cli('check', zipFile);
      expect(zipped.code).toBe(0);
      expect(zipped.stdout.join('\n')).not.toMatch(/fehlt im Paket|nirgends verwendet/);
      const serve = createFolderHandler(dir, '/bundle/');
      const served = await serve(new Request(`http://kiosk/bundle/${encodeURI(manifest.images[0]!.file)}`));
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(await bytes(nfd))).toBe(true);
    },
  },
  {
    point: 3,
    name: 'checking many photos shows progress as plain lines when piped (at most five per phase)',
    run: async () => {
      const manifest = validManifest() as { images: { id: string; file: string }[] };
      const dir = await bundle('Viele Fotos', manifest);
      const photo = await readFile(path.join(dir, 'bilder', 'a.jpg'));
      const template = manifest.images[0]!;
      for (let n = 0; n < 8; n += 1) {
        await writeFile(path.join(dir, 'bilder', `x${n}.jpg`), photo);
        manifest.images.push({ ...template, id: `x${n}`, file: `bilder/x${n}.jpg` });
      }
      await writeValidBundle(dir, manifest);
      const { code, stderr } = await cli('check', dir);
      expect(code).toBe(0);
      const lines = stderr.filter((line) => line.startsWith('Fotos prüfen'));
      expect(lines[0]).toBe('Fotos prüfen 0 von 10');
      expect(lines.at(-1)).toBe('Fotos prüfen 10 von 10');
      expect(lines.length).toBeLessThanOrEqual(5);
    },
  },
  {
    point: 4,
    name: 'the preview is a command, and check and new name it',
    run: async () => {
      expect(Object.keys(COMMANDS)).toContain('preview');
      const dir = await bundle('Vorschau Paket');
      expect((await cli('check', dir)).stdout.at(-1)).toBe(`Ansehen, ohne etwas zu ändern: npm run content -- preview '${dir}'`);
      const fresh = path.join(root, 'Neues Paket');
      expect((await cli('new', fresh)).stdout.join('\n')).toContain(`ansehen:  npm run content -- preview '${fresh}'`);
    },
  },
  {
    point: 5,
    name: 'hints work when pasted: quoted paths, the same --data-dir, and a mistyped data folder is an error',
    run: async () => {
      const dataDir = path.join(root, 'Kiosk Daten');
      await mkdir(dataDir);
      const first = await bundle('Erste Fassung');
      const second = await bundle('Zweite Fassung');
      expect((await cli('activate', first, '--data-dir', dataDir)).code).toBe(0);
      const again = await cli('activate', second, '--data-dir', dataDir);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`Die vorherige Version bleibt erhalten; zurück mit: npm run content -- rollback --data-dir '${dataDir}'`);
      const status = await cli('status', '--data-dir', dataDir);
      expect(status.all()).not.toMatch(/recover/);
      const typo = await cli('rollback', '--data-dir', `${dataDir}x`);
      expect(typo.code).toBe(2);
      expect(await readdir(root)).not.toContain('Kiosk Datenx');
    },
  },
  {
    point: 6,
    name: 'another exhibition (another bundle id) replaces the shown one only with --replace',
    run: async () => {
      const dataDir = path.join(root, 'Daten Ersetzen');
      await mkdir(dataDir);
      expect((await cli('activate', await bundle('Ausstellung A'), '--data-dir', dataDir)).code).toBe(0);
      const other = await bundle('Ausstellung B', { ...validManifest(), id: 'andere-ausstellung', title: 'Andere Ausstellung' });
      const refused = await cli('activate', other, '--data-dir', dataDir);
      expect(refused.code).toBe(1);
      expect(refused.stderr.join('\n')).toContain('ist eine andere Ausstellung als die gezeigte');
      expect(refused.stderr.join('\n')).toContain('--replace');
      expect((await cli('activate', other, '--data-dir', dataDir, '--replace')).code).toBe(0);
    },
  },
  {
    point: 6,
    name: 'starter content left in place (Musterkreis, Beispielpartner, the placeholder image) is a hint naming file and field',
    run: async () => {
      const fresh = path.join(root, 'Startpaket Rest');
      expect((await cli('new', fresh)).code).toBe(0);
      const { code, stdout } = await cli('check', fresh);
      expect(code).toBe(0);
      const text = stdout.join('\n');
      expect(text).toMatch(/^bundle\.yaml$/m);
      expect(text).toMatch(/Hinweis Zeile \d+, Spalte \d+, Feld home\.name: „Musterkreis“ stammt noch aus dem Startpaket/);
      expect(text).toMatch(/Hinweis Zeile \d+, Spalte \d+, Partner „beispiel-partner“, Feld id \(partners\[0\]\.id\): .*Startpaket/);
      expect(text).toMatch(/Hinweis .*Feld id \(images\[0\]\.id\): Das Bild „beispielbild“ stammt noch aus dem Startpaket/);
      expect(text).not.toMatch(/Fehler  /);
      expect((await cli('check', await bundle('Eigener Inhalt'))).all()).not.toMatch(/Startpaket/);
    },
  },
  {
    point: 7,
    name: 'locations read „Zeile …, Spalte …“ and name the entry by its id, not an index counted from zero',
    run: async () => {
      const manifest = validManifest() as { events: { id: string; date: string }[] };
      manifest.events[0]!.date = '31.02.2023';
      const dir = await bundle('Falsches Datum', manifest);
      const { stdout } = await cli('check', dir);
      expect(stdout.join('\n')).toMatch(new RegExp(`Zeile \\d+, Spalte \\d+, Ereignis „${manifest.events[0]!.id}“, Feld date \\(events\\[0\\]\\.date\\)`));
    },
  },
  {
    point: 7,
    name: 'a deleted list heading (the line „images:“) gives one message naming the cause, not one per field',
    run: async () => {
      const dir = path.join(root, 'Harz ohne images');
      await cp(path.join(process.cwd(), 'content', 'landkreis-harz'), dir, { recursive: true });
      const file = path.join(dir, 'bundle.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^images:\n/m, ''));
      const { code, stdout } = await cli('check', dir);
      const text = stdout.join('\n');
      expect(code).toBe(1);
      expect(text.match(/Fehler  /g)).toHaveLength(1);
      expect(text).toMatch(/Die Zeile ‚images:‘ fehlt: diese \d+ Einträge sehen wie Bilder aus, stehen aber unter ‚eras:‘/);
    },
  },
  {
    point: 8,
    name: 'one language per run, --help exits 0 for every command, no errno, unreadable input exits 2',
    run: async () => {
      for (const name of Object.keys(COMMANDS)) {
        const help = await cli(name, '--help');
        expect(help.code, name).toBe(0);
        expect(help.stdout[0], name).toMatch(new RegExp(`^Aufruf: npm run content -- ${name}`));
      }
      const missing = await cli('check', path.join(root, 'gibt-es-nicht'));
      expect(missing.code).toBe(2);
      expect(missing.all()).not.toMatch(/ENOENT|no such file/);
      const truncated = path.join(root, 'abgeschnitten.zip');
      const zip = await makeZip([{ name: 'bundle.yaml', data: Buffer.from('schema: 1\n') }]);
      await writeFile(truncated, zip.subarray(0, zip.length - 10));
      expect((await cli('check', truncated)).code).toBe(2);
      const dir = await bundle('Sprache');
      expect((await cli('check', dir, '--lang', 'en')).all()).not.toMatch(/Fehler|Hinweis/);
    },
  },
  {
    point: 9,
    name: 'a zip is extracted into the data folder and nothing of it is left after activation',
    run: async () => {
      const dataDir = path.join(root, 'Daten Zip');
      await mkdir(dataDir);
      const source = await bundle('Zip Quelle');
      const zipFile = path.join(root, 'paket.zip');
      expect((await cli('pack', source, zipFile)).code).toBe(0);
      await mkdir(path.join(dataDir, 'work', 'kiosk-bundle-alt'), { recursive: true });
      expect((await cli('activate', zipFile, '--data-dir', dataDir)).code).toBe(0);
      // The fresh leftover is left for a run that may still be going on; the activation's own extraction is gone.
      expect(await readdir(path.join(dataDir, 'work'))).toEqual(['kiosk-bundle-alt']);
    },
  },
];

describe('issue 16: the curator CLI without dead ends', () => {
  it.each(points)('point $point: $name', async ({ run }) => run(), 60_000);
});

/**
 * Small valid bundles for kiosk runtime and curator-flow tests: a manifest that passes the real validator, a
 * real JPEG made with sharp, and a real `.zip` made with yazl.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import { ZipFile } from 'yazl';

/** Writes a valid one-partner bundle with one 1920 × 1080 JPEG into `folder`. */
export async function writeValidBundle(folder: string, options: { id: string; title: string; color?: string }): Promise<void> {
  await mkdir(path.join(folder, 'bilder'), { recursive: true });
  await sharp({ create: { width: 1920, height: 1080, channels: 3, background: options.color ?? '#3a6ea5' } })
    .jpeg({ quality: 60 })
    .toFile(path.join(folder, 'bilder', 'foto.jpg'));
  await writeFile(
    path.join(folder, 'bundle.yaml'),
    [
      'schema: 1',
      `id: ${options.id}`,
      `title: ${options.title}`,
      'home:',
      '  name: Testkreis',
      '  location: { lat: 50.9, lon: 8.0 }',
      'partners:',
      '  - id: partner',
      '    name: Partnerkreis',
      '    country: IL',
      '    kind: Partnerschaft',
      '    since: 1973',
      'events:',
      '  - id: beginn',
      '    date: 1973',
      '    partners: [partner]',
      '    title: Beginn',
      '    images: [foto]',
      'images:',
      '  - id: foto',
      '    file: bilder/foto.jpg',
      '    caption: Ein Testbild',
      '    credit: Testgenerator',
      '    alt: Eine blaue Fläche',
      '',
    ].join('\n'),
  );
}

/** Packs every file below `folder` into `zipPath` (paths relative to `folder`). */
export async function zipFolder(folder: string, zipPath: string): Promise<void> {
  const zip = new ZipFile();
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else zip.addFile(path.join(dir, entry.name), relative);
    }
  };
  await walk(folder, '');
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}

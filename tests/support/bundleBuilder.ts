/**
 * Builds real bundles for validation tests: a valid manifest, real images made with sharp, real zips made with
 * yazl (patched byte by byte where yazl rightly refuses to write something hostile), and a snapshot of a folder
 * tree to prove that validation wrote nothing.
 */
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import yazl from 'yazl';

/** A complete valid manifest (as plain data) using two images: `bilder/a.jpg` and `bilder/b.png`. */
export function validManifest(): Record<string, unknown> {
  return {
    schema: 1,
    id: 'test-paket',
    title: 'Testpaket',
    home: { name: 'Kreis Test', location: { lat: 50.9, lon: 8.0 } },
    languages: ['de'],
    partners: [
      { id: 'emek-hefer', name: 'Emek Hefer', country: 'IL', kind: 'Partnerschaft', since: 1973 },
      { id: 'stadt-a', name: 'Stadt A', country: 'PL', kind: 'Städtepartnerschaft', since: '1990-05', until: '2000', parent: 'emek-hefer' },
    ],
    events: [
      { id: 'gruendung', date: '1973-10-08', partners: ['emek-hefer'], title: 'Gründung', text: 'Vertrag unterzeichnet.', images: ['foto-a'] },
      { id: 'besuch', date: '1980', end: '1981', partners: ['stadt-a'], title: 'Besuch', images: ['foto-b'] },
    ],
    images: [
      { id: 'foto-a', file: 'bilder/a.jpg', caption: 'Bild A', credit: 'Archiv', alt: 'Ein rotes Bild' },
      { id: 'foto-b', file: 'bilder/b.png', caption: 'Bild B', credit: 'Archiv', alt: 'Ein blaues Bild' },
    ],
    collections: [{ id: 'auswahl', title: 'Auswahl', images: ['foto-a', 'foto-b'] }],
    eras: [{ id: 'anfang', label: 'Die Anfänge', from: 1973, to: 1980 }],
  };
}

/** A JPEG of `width` × `height` px in one colour. */
export function jpeg(width = 1920, height = 1080, background = '#c03020'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).jpeg({ quality: 80 }).toBuffer();
}

/** A PNG of `width` × `height` px in one colour. */
export function png(width = 1080, height = 1080, background = '#2040c0'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();
}

/** Writes `files` (path → content) below `dir`, creating folders; a manifest object is written as YAML. */
export async function writeFiles(dir: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** Writes a valid bundle (manifest as YAML, both images) into `dir`; `manifest` replaces the manifest data. */
export async function writeValidBundle(dir: string, manifest: Record<string, unknown> = validManifest()): Promise<string> {
  const text = stringify(manifest);
  await writeFiles(dir, { 'bundle.yaml': text, 'bilder/a.jpg': await jpeg(), 'bilder/b.png': await png() });
  return text;
}

/** One file of a test zip. */
export interface ZipSpec {
  name: string;
  data: Buffer | string;
  mode?: number;
  compress?: boolean;
}

/** A real .zip built with yazl. */
export async function makeZip(entries: readonly ZipSpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data;
    zip.addBuffer(data, entry.name, {
      mtime: new Date(Date.UTC(2024, 0, 1)),
      compress: entry.compress ?? true,
      ...(entry.mode === undefined ? {} : { mode: entry.mode }),
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Replaces every occurrence of the entry name `from` with `to` (same byte length) in local and central headers. */
export function renameInZip(zip: Buffer, from: string, to: string): Buffer {
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  if (a.length !== b.length) throw new Error('names must have the same byte length');
  const out = Buffer.from(zip);
  let index = out.indexOf(a);
  while (index >= 0) {
    b.copy(out, index);
    index = out.indexOf(a, index + a.length);
  }
  return out;
}

/** Offsets of all central directory headers (signature `PK\x01\x02`). */
function centralHeaders(zip: Buffer): number[] {
  const offsets: number[] = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) offsets.push(i);
  return offsets;
}

/** Offsets of all local file headers (signature `PK\x03\x04`). */
function localHeaders(zip: Buffer): number[] {
  const offsets: number[] = [];
  for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i + 4)) offsets.push(i);
  return offsets;
}

/** Sets general purpose bit 0 (encrypted) on entry `index` in both headers. */
export function markEncrypted(zip: Buffer, index: number): Buffer {
  const out = Buffer.from(zip);
  const central = centralHeaders(out)[index]!;
  out.writeUInt16LE(out.readUInt16LE(central + 8) | 1, central + 8);
  const local = localHeaders(out)[index]!;
  out.writeUInt16LE(out.readUInt16LE(local + 6) | 1, local + 6);
  return out;
}

/** Overwrites the declared uncompressed size of entry `index` in the central directory (and the local header). */
export function declareUncompressedSize(zip: Buffer, index: number, size: number): Buffer {
  const out = Buffer.from(zip);
  out.writeUInt32LE(size, centralHeaders(out)[index]! + 24);
  out.writeUInt32LE(size, localHeaders(out)[index]! + 22);
  return out;
}

/** Every path below `dir` with type, size, mode and mtime: equal snapshots mean nothing was written. */
export async function snapshotTree(dir: string): Promise<string[]> {
  const lines: string[] = [];
  const walk = async (folder: string) => {
    const info = await lstat(folder);
    lines.push(`${path.relative(dir, folder)}/ ${info.mode} ${info.mtimeMs}`);
    for (const name of (await readdir(folder)).sort()) {
      const file = path.join(folder, name);
      const stats = await lstat(file);
      if (stats.isDirectory()) await walk(file);
      else lines.push(`${path.relative(dir, file)} ${stats.mode} ${stats.size} ${stats.mtimeMs}`);
    }
  };
  await walk(dir);
  return lines;
}

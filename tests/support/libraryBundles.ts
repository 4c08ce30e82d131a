/**
 * Test helpers for the content library: generated bundle folders (real files, seeded content) and snapshots that
 * prove a source folder was not modified.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BundleCheck } from '../../src-main/library/libraryTypes';
import { loadBundle } from '../../src-main/content/loadBundle';
import { seededRandom } from './seededRandom';

/** How {@link writeTestBundle} fills the folder. */
export interface TestBundleSpec {
  id: string;
  title?: string;
  version?: string;
  /** Number of media files besides the manifest; default 5. */
  files?: number;
  /** Bytes per media file, or a range [min, max] drawn per file; default 2 000. */
  fileBytes?: number | readonly [number, number];
  seed?: number;
}

/** Writes a valid bundle (manifest + `bilder/nn/datei-n.bin` files of seeded random bytes) into `folder`. */
export async function writeTestBundle(folder: string, spec: TestBundleSpec): Promise<void> {
  const random = seededRandom(spec.seed ?? 1);
  const count = spec.files ?? 5;
  const range = spec.fileBytes ?? 2_000;
  const [min, max] = typeof range === 'number' ? [range, range] : range;
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, 'bundle.yaml'),
    [
      'schema: 1',
      `id: ${spec.id}`,
      ...(spec.version ? [`version: "${spec.version}"`] : []),
      `title: ${spec.title ?? `Testpaket ${spec.id}`}`,
      'home:',
      '  name: Testkreis',
      '  location: { lat: 50.9, lon: 8.0 }',
      '',
    ].join('\n'),
  );
  for (let index = 0; index < count; index += 1) {
    const sub = path.join(folder, 'bilder', String(index % 10).padStart(2, '0'));
    await mkdir(sub, { recursive: true });
    const bytes = min + Math.floor(random() * (max - min + 1));
    const buffer = Buffer.alloc(bytes);
    for (let at = 0; at + 4 <= bytes; at += 4) buffer.writeUInt32LE(Math.floor(random() * 2 ** 32), at);
    await writeFile(path.join(sub, `datei-${index}.bin`), buffer);
  }
}

/** A validator for tests: the real manifest check of loadBundle, with problems as strings. */
export async function validateWithLoadBundle(folder: string): Promise<BundleCheck> {
  const loaded = await loadBundle(folder);
  return loaded.ok ? { ok: true, problems: [] } : { ok: false, problems: loaded.problems };
}

/** Path → size, mtime and sha-256 of every entry below `folder` (folders too, by mtime). */
export async function snapshotTree(folder: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  async function walk(dir: string, prefix: string): Promise<void> {
    const info = await stat(dir);
    snapshot[`${prefix || '.'}/`] = `dir ${info.mtimeMs}`;
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(dir, entry.name);
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        await walk(absolute, relative);
      } else {
        const fileInfo = await stat(absolute);
        const hash = createHash('sha256').update(await readFile(absolute)).digest('hex');
        snapshot[relative] = `${fileInfo.size} ${fileInfo.mtimeMs} ${fileInfo.mode} ${hash}`;
      }
    }
  }
  await walk(folder, '');
  return snapshot;
}

/** A clock starting at `start` that advances `stepMs` each call, for distinct, ordered timestamps. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z', stepMs = 60_000): () => Date {
  let at = Date.parse(start);
  return () => {
    const now = new Date(at);
    at += stepMs;
    return now;
  };
}

/**
 * The corpus of broken bundles: each kind is built for real in a temp folder (real YAML, real images made with
 * sharp, real truncated files, real zips made with yazl and patched byte by byte where yazl refuses), validated,
 * and must be rejected with the right code, file and field – with nothing written to the source.
 */
import { mkdir, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle } from '../../../../../src-main/content/validation/validateBundle';
import type { ProblemCode } from '../../../../../src-main/content/validation/problem';
import {
  declareUncompressedSize,
  jpeg,
  makeZip,
  markEncrypted,
  png,
  renameInZip,
  snapshotTree,
  validManifest,
  writeFiles,
  writeValidBundle,
} from '../../../../support/bundleBuilder';
import { makeTempDir } from '../../../../support/tempDir';
import { stringify } from 'yaml';
import { MAX_MANIFEST_BYTES } from '../../../../../src-main/content/validation/limits';

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is edited freely

interface BrokenCase {
  name: string;
  /** Builds the bundle in `dir`; returns the path to validate (default: `dir`). */
  build: (dir: string) => Promise<string | void>;
  code: ProblemCode;
  file?: string;
  field?: string;
  /** Text the manifest line named by the problem must contain. */
  lineHas?: string;
  /** Text the German message must contain. */
  messageHas?: string;
}

const edit = (change: (m: Manifest) => void) => async (dir: string) => {
  const manifest = validManifest() as Manifest;
  change(manifest);
  await writeValidBundle(dir, manifest);
};
const replaceText = (from: string | RegExp, to: string) => async (dir: string) => {
  const text = await writeValidBundle(dir);
  if (!text.match(from)) throw new Error(`test setup: ${String(from)} not in manifest`);
  await writeFile(path.join(dir, 'bundle.yaml'), text.replace(from, to));
};
const zipOf = async (dir: string, entries: Parameters<typeof makeZip>[0], patch: (zip: Buffer) => Buffer = (z) => z) => {
  const file = path.join(dir, 'paket.zip');
  await writeFile(file, patch(await makeZip(entries)));
  return file;
};
const validEntries = async (prefix = '') => [
  { name: `${prefix}bundle.yaml`, data: stringify(validManifest()) },
  { name: `${prefix}bilder/a.jpg`, data: await jpeg(), compress: false },
  { name: `${prefix}bilder/b.png`, data: await png(), compress: false },
];

const CASES: BrokenCase[] = [
  { name: 'no manifest', build: (dir) => writeFiles(dir, { 'bilder/a.jpg': 'x' }), code: 'manifest-missing' },
  {
    name: 'tab indentation',
    build: replaceText('  name: Kreis Test', '\tname: Kreis Test'),
    code: 'syntax',
    file: 'bundle.yaml',
    lineHas: 'Kreis Test',
  },
  { name: 'duplicate key', build: replaceText('title: Testpaket\n', 'title: Testpaket\ntitle: Nochmal\n'), code: 'duplicate-key', file: 'bundle.yaml', lineHas: 'Nochmal' },
  {
    name: 'manifest not UTF-8 (Windows-1252)',
    build: async (dir) => {
      await writeValidBundle(dir);
      await writeFile(path.join(dir, 'bundle.yaml'), Buffer.from('schema: 1\ntitle: Gr\xfc\xdfe\n', 'latin1'));
    },
    code: 'manifest-encoding',
    file: 'bundle.yaml',
  },
  {
    name: 'manifest in UTF-16',
    build: async (dir) => {
      await writeValidBundle(dir);
      await writeFile(path.join(dir, 'bundle.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schema: 1\n', 'utf16le')]));
    },
    code: 'manifest-encoding',
  },
  {
    name: 'JSON manifest with a syntax error',
    build: async (dir) => {
      await writeValidBundle(dir);
      await rm(path.join(dir, 'bundle.yaml'));
      await writeFile(path.join(dir, 'bundle.json'), JSON.stringify(validManifest(), null, 2).replace('"title": "Testpaket",', '"title": "Testpaket",,'));
    },
    code: 'syntax',
    file: 'bundle.json',
    lineHas: 'Testpaket',
  },
  {
    name: 'manifest too large',
    build: async (dir) => {
      await writeValidBundle(dir);
      await truncate(path.join(dir, 'bundle.yaml'), MAX_MANIFEST_BYTES + 1);
    },
    code: 'manifest-too-large',
    file: 'bundle.yaml',
  },
  { name: 'unsupported schema version', build: edit((m) => (m.schema = 2)), code: 'schema-version', field: 'schema', lineHas: 'schema: 2' },
  { name: 'schema version missing', build: edit((m) => delete m.schema), code: 'schema-version', field: 'schema' },
  {
    name: 'typo in a key',
    build: edit((m) => {
      m.images[0].captoin = m.images[0].caption;
      delete m.images[0].caption;
    }),
    code: 'unknown-key',
    field: 'images[0].captoin',
    lineHas: 'captoin',
    messageHas: '‚caption‘',
  },
  {
    name: 'impossible date',
    build: edit((m) => (m.events[1].date = '31.02.2023')),
    code: 'invalid-date',
    field: 'events[1].date',
    lineHas: '31.02.2023',
    messageHas: 'JJJJ-MM-TT',
  },
  { name: 'invalid id', build: edit((m) => (m.partners[0].id = 'Emek Hefer')), code: 'invalid-id', field: 'partners[0].id', messageHas: 'emek-hefer' },
  { name: 'country not a code', build: edit((m) => (m.partners[0].country = 'Israel')), code: 'country-code', field: 'partners[0].country' },
  { name: 'German text missing', build: edit((m) => (m.events[0].title = { en: 'Founding' })), code: 'german-required', field: 'events[0].title' },
  { name: 'empty text', build: edit((m) => (m.images[1].caption = '   ')), code: 'empty-text', field: 'images[1].caption' },
  { name: 'required field missing', build: edit((m) => delete m.partners[1].name), code: 'missing-field', field: 'partners[1].name', lineHas: 'stadt-a' },
  {
    name: 'misspelt kind',
    build: edit((m) => (m.partners[0].kind = 'Partnershaft')),
    code: 'invalid-value',
    field: 'partners[0].kind',
    messageHas: '‚Partnerschaft‘',
  },
  { name: 'latitude out of range', build: edit((m) => (m.home.location.lat = 150)), code: 'too-large', field: 'home.location.lat', lineHas: '150' },
  { name: 'wrong type', build: edit((m) => (m.events[0].highlight = 'ja')), code: 'wrong-type', field: 'events[0].highlight' },
  { name: 'invalid colour', build: edit((m) => (m.partners[0].color = 'blau')), code: 'color', field: 'partners[0].color' },
  { name: 'language code', build: edit((m) => (m.languages = ['de', 'EN'])), code: 'language-code', field: 'languages[1]' },
  { name: 'duplicate event id', build: edit((m) => (m.events[1].id = 'gruendung')), code: 'duplicate-id', field: 'events[1].id', lineHas: 'gruendung' },
  {
    name: 'dangling partner reference',
    build: edit((m) => (m.events[0].partners = ['emek-hefr'])),
    code: 'dangling-reference',
    field: 'events[0].partners[0]',
    lineHas: 'emek-hefr',
    messageHas: '„emek-hefer“',
  },
  { name: 'dangling collection image', build: edit((m) => m.collections[0].images.push('foto-z')), code: 'dangling-reference', field: 'collections[0].images[2]' },
  { name: 'dangling image partner', build: edit((m) => (m.images[0].partner = 'niemand')), code: 'dangling-reference', field: 'images[0].partner' },
  { name: 'dangling event image', build: edit((m) => (m.events[1].images = ['foto-q'])), code: 'dangling-reference', field: 'events[1].images[0]' },
  { name: 'partner is its own parent', build: edit((m) => (m.partners[1].parent = 'stadt-a')), code: 'self-reference', field: 'partners[1].parent' },
  { name: 'event ends before it starts', build: edit((m) => (m.events[1].end = '1979-12')), code: 'date-range', field: 'events[1].end', lineHas: '1979-12' },
  { name: 'partnership ends before it starts', build: edit((m) => (m.partners[1].until = '1989')), code: 'date-range', field: 'partners[1].until' },
  { name: 'era ends before it starts', build: edit((m) => (m.eras[0].to = 1970)), code: 'date-range', field: 'eras[0].to' },
  { name: 'German not offered', build: edit((m) => (m.languages = ['en'])), code: 'german-required', field: 'languages' },
  {
    name: 'image file missing',
    build: edit((m) => (m.images[0].file = 'bilder/fehlt.jpg')),
    code: 'media-missing',
    file: 'bundle.yaml',
    field: 'images[0].file',
    lineHas: 'bilder/fehlt.jpg',
  },
  { name: 'image path differs in case', build: edit((m) => (m.images[0].file = 'Bilder/A.jpg')), code: 'media-case', field: 'images[0].file', messageHas: 'bilder/a.jpg' },
  { name: 'path with ..', build: edit((m) => (m.images[0].file = '../geheim.jpg')), code: 'path-outside', field: 'images[0].file', lineHas: '../geheim.jpg' },
  { name: 'absolute path', build: edit((m) => (m.images[0].file = '/etc/passwd')), code: 'path-outside', field: 'images[0].file' },
  { name: 'backslash path', build: edit((m) => (m.images[0].file = 'bilder\\a.jpg')), code: 'path-outside', field: 'images[0].file', messageHas: '„bilder/a.jpg“' },
  { name: 'drive letter', build: edit((m) => (m.images[0].file = 'C:/Fotos/a.jpg')), code: 'path-outside', field: 'images[0].file' },
  {
    name: 'symlink pointing outside',
    build: async (dir) => {
      await writeValidBundle(dir);
      await rm(path.join(dir, 'bilder/a.jpg'));
      await writeFile(path.join(path.dirname(dir), `${path.basename(dir)}-draussen.jpg`), await jpeg());
      await symlink(path.join(path.dirname(dir), `${path.basename(dir)}-draussen.jpg`), path.join(dir, 'bilder/a.jpg'));
    },
    code: 'symlink-outside',
    field: 'images[0].file',
  },
  {
    name: 'PNG bytes named .jpg',
    build: async (dir) => {
      await writeValidBundle(dir);
      await writeFile(path.join(dir, 'bilder/a.jpg'), await png(1920, 1080));
    },
    code: 'type-mismatch',
    file: 'bilder/a.jpg',
    field: 'images[0].file',
    messageHas: 'PNG',
  },
  {
    name: 'text file named .jpg',
    build: async (dir) => {
      await writeValidBundle(dir);
      await writeFile(path.join(dir, 'bilder/a.jpg'), 'Das ist kein Bild.\n');
    },
    code: 'unsupported-type',
    file: 'bilder/a.jpg',
  },
  {
    name: 'TIFF the kiosk cannot show',
    build: async (dir) => {
      await writeValidBundle(dir);
      await writeFile(path.join(dir, 'bilder/a.jpg'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).tiff().toBuffer());
    },
    code: 'unsupported-type',
    file: 'bilder/a.jpg',
    messageHas: 'TIF',
  },
  {
    name: 'truncated JPEG',
    build: async (dir) => {
      await writeValidBundle(dir);
      const noisy = await sharp(Buffer.from(Array.from({ length: 1920 * 1080 * 3 }, (_, i) => (i * 7919) % 251)), {
        raw: { width: 1920, height: 1080, channels: 3 },
      })
        .jpeg()
        .toBuffer();
      await writeFile(path.join(dir, 'bilder/a.jpg'), noisy.subarray(0, Math.floor(noisy.length / 2)));
    },
    code: 'image-truncated',
    file: 'bilder/a.jpg',
    field: 'images[0].file',
  },
  {
    name: 'SVG with script',
    build: async (dir) => {
      const m = validManifest() as Manifest;
      m.images[1].file = 'bilder/logo.svg';
      await writeValidBundle(dir, m);
      await writeFiles(dir, { 'bilder/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' });
    },
    code: 'svg-unsafe',
    file: 'bilder/logo.svg',
    messageHas: '<script>',
  },
  {
    name: 'SVG with an external reference',
    build: async (dir) => {
      const m = validManifest() as Manifest;
      m.images[1].file = 'bilder/ext.svg';
      await writeValidBundle(dir, m);
      await writeFiles(dir, { 'bilder/ext.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>' });
    },
    code: 'svg-unsafe',
    file: 'bilder/ext.svg',
    messageHas: 'https://example.org/x.png',
  },
  {
    name: 'image over the size limit',
    build: async (dir) => {
      await writeValidBundle(dir);
      await truncate(path.join(dir, 'bilder/b.png'), 60 * 1024 * 1024);
    },
    code: 'file-too-large',
    file: 'bilder/b.png',
  },
  {
    name: 'zip slip',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'zz/evil.txt', data: 'böse' }], (z) => renameInZip(z, 'zz/evil.txt', '../evil.txt')),
    code: 'zip-slip',
    file: '../evil.txt',
  },
  {
    name: 'zip with an absolute path',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'zetc/passwd', data: 'root' }], (z) => renameInZip(z, 'zetc/passwd', '/etc/passwd')),
    code: 'zip-absolute',
    file: '/etc/passwd',
  },
  {
    name: 'zip with a drive letter',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'CC/evil.txt', data: 'x' }], (z) => renameInZip(z, 'CC/evil.txt', 'C:/evil.txt')),
    code: 'zip-absolute',
    file: 'C:/evil.txt',
  },
  {
    name: 'zip with backslashes',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'bilder/c.txt', data: 'x' }], (z) => renameInZip(z, 'bilder/c.txt', 'bilder\\c.txt')),
    code: 'zip-backslash',
    file: 'bilder\\c.txt',
  },
  {
    name: 'zip with a symlink entry',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'bilder/link.jpg', data: '/etc/passwd', mode: 0o120777 }]),
    code: 'zip-symlink',
    file: 'bilder/link.jpg',
  },
  {
    name: 'zip with a duplicate entry',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'bundle.yaml', data: 'schema: 1\n' }]),
    code: 'zip-duplicate',
    file: 'bundle.yaml',
  },
  {
    name: 'zip with names differing only in case',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'bilder/A.jpg', data: await jpeg(), compress: false }]),
    code: 'zip-duplicate',
    file: 'bilder/A.jpg',
  },
  {
    name: 'zip bomb by ratio',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'bilder/nullen.bin', data: Buffer.alloc(20 * 1024 * 1024) }]),
    code: 'zip-bomb',
    file: 'bilder/nullen.bin',
  },
  {
    name: 'zip bomb by total size',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'gross.bin', data: 'x'.repeat(1000) }], (z) => declareUncompressedSize(z, 3, 0xfffffff0)),
    code: 'zip-too-large',
  },
  {
    name: 'zip with an encrypted entry',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'geheim.txt', data: 'x'.repeat(100) }], (z) => markEncrypted(z, 3)),
    code: 'zip-encrypted',
    file: 'geheim.txt',
  },
  {
    name: 'zip whose entry holds more than declared',
    build: async (dir) => zipOf(dir, [...(await validEntries()), { name: 'luege.txt', data: 'abc'.repeat(5000) }], (z) => declareUncompressedSize(z, 3, 100)),
    code: 'zip-size-mismatch',
    file: 'luege.txt',
  },
  {
    name: 'zip cut short',
    build: async (dir) => zipOf(dir, await validEntries(), (z) => z.subarray(0, Math.floor(z.length * 0.6))),
    code: 'zip-unreadable',
  },
  {
    name: 'zip in a wrapper folder with a broken manifest',
    build: async (dir) =>
      zipOf(dir, (await validEntries('Paket/')).map((e) => (e.name.endsWith('bundle.yaml') ? { ...e, data: String(e.data).replace('kind: Partnerschaft', 'kind: Partnershaft') } : e))),
    code: 'invalid-value',
    file: 'bundle.yaml',
    field: 'partners[0].kind',
    lineHas: 'Partnershaft',
  },
];

describe('broken bundle corpus', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let workDir: string;
  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('kiosk-broken-'));
    workDir = path.join(root, 'arbeit');
    await mkdir(workDir, { recursive: true });
  });
  afterAll(() => cleanup());

  it('has at least 30 kinds', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it('accepts the valid base bundle without any problem, as a folder and as a zip', async () => {
    const dir = path.join(root, 'gueltig');
    await writeValidBundle(dir);
    const report = await validateBundle(dir, { workDir });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.folder).toBe(dir);
    expect(report.manifest?.events[0]?.highlight).toBe(false);
    const zipDir = path.join(root, 'gueltig-zip');
    await mkdir(zipDir);
    const zip = await zipOf(zipDir, await validEntries('Testpaket/'));
    const zipped = await validateBundle(zip, { workDir });
    expect(zipped.problems).toEqual([]);
    expect(await readdir(zipped.folder)).toEqual(expect.arrayContaining(['bundle.yaml', 'bilder']));
    await zipped.dispose();
  });

  it.each(CASES)('rejects: $name', async (c) => {
    const dir = path.join(root, c.name.replace(/[^a-z0-9]+/gi, '-'));
    await mkdir(dir, { recursive: true });
    const source = (await c.build(dir)) ?? dir;
    const before = await snapshotTree(dir);
    const report = await validateBundle(source, { workDir });
    try {
      expect(report.ok).toBe(false);
      const match = report.problems.find((p) => p.code === c.code && p.severity === 'error');
      expect(match, JSON.stringify(report.problems, null, 1)).toBeDefined();
      if (c.file !== undefined) expect(match!.file).toBe(c.file);
      if (c.field !== undefined) expect(match!.field).toBe(c.field);
      if (c.messageHas !== undefined) expect(match!.message.de).toContain(c.messageHas);
      expect(match!.message.en.length).toBeGreaterThan(10);
      expect(match!.message.en).not.toBe(match!.message.de);
      if (c.lineHas !== undefined) {
        expect(match!.line).toBeDefined();
        const folder = source.endsWith('.zip') ? report.folder : dir;
        const lines = (await readFile(path.join(folder, match!.file!), 'utf8')).split(/\r?\n/);
        expect(lines[match!.line! - 1]).toContain(c.lineHas);
      }
    } finally {
      await report.dispose();
    }
    expect(await snapshotTree(dir)).toEqual(before);
    expect(await readdir(workDir)).toEqual([]);
  });
});

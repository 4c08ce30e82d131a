import { describe, expect, it } from 'vitest';
import { wrapperFolder, zipEntryProblems, type ZipEntryInfo } from '../../../../../src-main/content/validation/zipEntryChecks';

const file = (name: string, extra: Partial<ZipEntryInfo> = {}): ZipEntryInfo => ({
  name,
  compressedSize: 100,
  uncompressedSize: 200,
  mode: 0o100644,
  encrypted: false,
  compressionMethod: 8,
  ...extra,
});
const codes = (entries: ZipEntryInfo[]) => zipEntryProblems(entries).map((p) => `${p.code} ${p.file ?? ''}`.trim());

describe('zipEntryProblems', () => {
  it.each([
    { name: 'a clean bundle', entries: [file('bundle.yaml'), file('bilder/'), file('bilder/a.jpg')], expected: [] },
    { name: 'zip slip', entries: [file('a/../../x')], expected: ['zip-slip a/../../x'] },
    { name: 'dot dot at the start', entries: [file('../x')], expected: ['zip-slip ../x'] },
    { name: 'absolute', entries: [file('/etc/x')], expected: ['zip-absolute /etc/x'] },
    { name: 'drive letter', entries: [file('C:/x')], expected: ['zip-absolute C:/x'] },
    { name: 'backslash', entries: [file('..\\x')], expected: ['zip-backslash ..\\x'] },
    { name: 'empty segment', entries: [file('a//b')], expected: ['zip-slip a//b'] },
    { name: 'symlink', entries: [file('a.jpg', { mode: 0o120777 })], expected: ['zip-symlink a.jpg'] },
    { name: 'encrypted', entries: [file('a.jpg', { encrypted: true })], expected: ['zip-encrypted a.jpg'] },
    { name: 'unknown compression', entries: [file('a.jpg', { compressionMethod: 14 })], expected: ['zip-unsupported a.jpg'] },
    { name: 'duplicate', entries: [file('a.jpg'), file('a.jpg')], expected: ['zip-duplicate a.jpg'] },
    { name: 'case duplicate', entries: [file('A.jpg'), file('a.jpg')], expected: ['zip-duplicate a.jpg'] },
    { name: 'repeated folder entry is fine', entries: [file('a/'), file('a/'), file('a/b')], expected: [] },
    { name: 'file and folder of one name', entries: [file('a'), file('a/b')], expected: ['zip-duplicate a/b'] },
    { name: 'ratio bomb', entries: [file('x.bin', { compressedSize: 10_000, uncompressedSize: 50_000_000 })], expected: ['zip-bomb x.bin'] },
    { name: 'small file with high ratio is fine', entries: [file('x.yaml', { compressedSize: 10, uncompressedSize: 100_000 })], expected: [] },
    { name: 'photo-like ratio', entries: [file('x.jpg', { compressedSize: 9_000_000, uncompressedSize: 9_100_000 })], expected: [] },
    {
      name: 'total size',
      entries: Array.from({ length: 3 }, (_, i) => file(`x${i}.jpg`, { compressedSize: 1_000_000_000, uncompressedSize: 1_000_000_000 })),
      expected: ['zip-too-large'],
    },
    { name: 'entry count', entries: Array.from({ length: 5001 }, (_, i) => file(`x${i}`)), expected: ['zip-too-many-entries'] },
  ])('$name', ({ entries, expected }) => expect(codes(entries)).toEqual(expected));
});

describe('wrapperFolder', () => {
  const names = ['bundle.yaml', 'bundle.yml', 'bundle.json'];
  it.each([
    { entries: ['bundle.yaml', 'bilder/a.jpg'], expected: '' },
    { entries: ['Paket/', 'Paket/bundle.yaml', 'Paket/bilder/a.jpg'], expected: 'Paket/' },
    { entries: ['Paket/bundle.yaml', '__MACOSX/Paket/._bundle.yaml', 'Paket/.DS_Store'], expected: 'Paket/' },
    { entries: ['a/bundle.yaml', 'b/x.jpg'], expected: '' },
    { entries: ['bundle.yaml'], expected: '' },
  ])('$entries → "$expected"', ({ entries, expected }) => expect(wrapperFolder(entries.map((n) => file(n)), names)).toBe(expected));
});

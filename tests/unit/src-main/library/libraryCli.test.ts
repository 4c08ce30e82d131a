import { describe, expect, it } from 'vitest';
import { linesIn, parseLibraryArgs, readableSize, shortTime } from '../../../../src-main/library/libraryCli';

describe('library CLI helpers', () => {
  const message = { de: 'Aktiviert', en: 'Activated' };
  it.each([
    { lang: 'both', expected: ['Aktiviert', 'Activated', 'v-1'] },
    { lang: 'de', expected: ['Aktiviert', 'v-1'] },
    { lang: 'en', expected: ['Activated', 'v-1'] },
  ] as const)('prints $lang', ({ lang, expected }) => {
    expect(linesIn([message, { de: 'v-1', en: 'v-1' }], lang)).toEqual(expected);
  });

  it.each([
    { bytes: 0, de: '0 Bytes', en: '0 bytes' },
    { bytes: 1023, de: '1023 Bytes', en: '1023 bytes' },
    { bytes: 1536, de: '1,5 KB', en: '1.5 KB' },
    { bytes: 5 * 1024 * 1024 + 300 * 1024, de: '5,3 MB', en: '5.3 MB' },
  ])('sizes $bytes bytes', ({ bytes, de, en }) => {
    expect(readableSize(bytes)).toEqual({ de, en });
  });

  it('shortens ISO times', () => {
    expect(shortTime('2025-03-01T10:15:42.123Z')).toBe('2025-03-01 10:15 UTC');
  });

  it.each([
    { args: ['ordner', '--data-dir', '/d'], count: 1, expected: { positionals: ['ordner'], dataDir: '/d', lang: 'both', verify: false } },
    { args: ['--lang', 'en', '--data-dir=/d', '--verify'], count: 0, verify: true, expected: { positionals: [], dataDir: '/d', lang: 'en', verify: true } },
    { args: ['--verify', '--data-dir', '/d'], count: 0, expected: 'usage' },
    { args: [], count: 1, expected: 'usage' },
    { args: ['a', 'b', '--data-dir', '/d'], count: 1, expected: 'usage' },
  ])('parses $args', ({ args, count, verify, expected }) => {
    const parsed = parseLibraryArgs(args, count, verify ?? false);
    if (expected === 'usage') expect(parsed).toHaveProperty('usage');
    else expect(parsed).toEqual(expected);
  });

  it('falls back to the per-user data folder', () => {
    const parsed = parseLibraryArgs([], 0);
    expect('dataDir' in parsed && parsed.dataDir).toMatch(/partnerschaftskiosk$/);
  });
});

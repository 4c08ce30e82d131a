import { describe, expect, it } from 'vitest';
import {
  counted,
  languageOf,
  linesIn,
  localTime,
  NOUNS,
  parseLibraryArgs,
  pasteable,
  readableSize,
  shellQuote,
} from '../../../../src-main/cli/cliOutput';

describe('CLI words', () => {
  const message = { de: 'Aktiviert', en: 'Activated' };
  it.each([
    { lang: 'de', expected: ['Aktiviert'] },
    { lang: 'en', expected: ['Activated'] },
  ] as const)('prints one language: $lang', ({ lang, expected }) => {
    expect(linesIn([message], lang)).toEqual(expected);
  });

  it.each([
    { bytes: 0, de: '0 Bytes', en: '0 bytes' },
    { bytes: 1, de: '1 Bytes', en: '1 byte' },
    { bytes: 999, de: '999 Bytes', en: '999 bytes' },
    { bytes: 1500, de: '1,5 KB', en: '1.5 KB' },
    { bytes: 15_500_000, de: '15,5 MB', en: '15.5 MB' },
  ])('sizes $bytes bytes in one unit style', ({ bytes, de, en }) => {
    expect(readableSize(bytes)).toEqual({ de, en });
  });

  it.each([
    { count: 0, noun: NOUNS.image, de: '0 Bilder', en: '0 images' },
    { count: 1, noun: NOUNS.image, de: '1 Bild', en: '1 image' },
    { count: 2, noun: NOUNS.file, de: '2 Dateien', en: '2 files' },
    { count: 1, noun: NOUNS.warning, de: '1 Hinweis', en: '1 warning' },
    { count: 1, noun: NOUNS.version, de: '1 Version', en: '1 version' },
  ])('counts $count with the right number', ({ count, noun, de, en }) => {
    expect(counted(count, noun)).toEqual({ de, en });
  });

  it.each([
    { iso: '2025-03-01T10:15:42.123Z', lang: 'de', expected: '01.03.2025, 11:15 Uhr' },
    { iso: '2025-07-01T10:15:42.123Z', lang: 'de', expected: '01.07.2025, 12:15 Uhr' },
    { iso: '2025-03-01T10:15:42.123Z', lang: 'en', expected: '1 Mar 2025, 11:15' },
  ] as const)('local time $iso in $lang', ({ iso, lang, expected }) => {
    expect(localTime(iso, lang, 'Europe/Berlin')).toBe(expected);
  });

  it.each([
    { text: '/home/kurator/paket', platform: 'linux', expected: '/home/kurator/paket' },
    { text: '/home/kurator/Mein Paket', platform: 'linux', expected: `'/home/kurator/Mein Paket'` },
    { text: "/tmp/it's", platform: 'linux', expected: `'/tmp/it'\\''s'` },
    { text: 'C:\\Users\\Kurator\\Mein Paket', platform: 'win32', expected: '"C:\\Users\\Kurator\\Mein Paket"' },
  ] as const)('quotes $text for $platform', ({ text, platform, expected }) => {
    expect(shellQuote(text, platform)).toBe(expected);
  });

  it('repeats --data-dir in pasted hints', () => {
    expect(pasteable(['rollback'], '/daten/mein kiosk')).toBe(
      process.platform === 'win32' ? 'npm run content -- rollback --data-dir "/daten/mein kiosk"' : `npm run content -- rollback --data-dir '/daten/mein kiosk'`,
    );
    expect(pasteable(['status'])).toBe('npm run content -- status');
  });

  it.each([
    { args: ['x', '--lang', 'en'], expected: 'en' },
    { args: ['--lang=en'], expected: 'en' },
    { args: ['--lang', 'fr'], expected: 'de' },
    { args: [], expected: 'de' },
  ])('language of $args', ({ args, expected }) => {
    expect(languageOf(args)).toBe(expected);
  });

  it.each([
    { args: ['ordner', '--data-dir', '/d'], count: 1, expected: { positionals: ['ordner'], dataDir: '/d', dataDirGiven: true, lang: 'de', verify: false, replace: false } },
    { args: ['--lang', 'en', '--data-dir=/d', '--verify'], count: 0, allow: { verify: true }, expected: { positionals: [], dataDir: '/d', dataDirGiven: true, lang: 'en', verify: true, replace: false } },
    { args: ['a', '--replace', '--data-dir', '/d'], count: 1, allow: { replace: true }, expected: { positionals: ['a'], dataDir: '/d', dataDirGiven: true, lang: 'de', verify: false, replace: true } },
    { args: ['--verify', '--data-dir', '/d'], count: 0, expected: 'usage' },
    { args: [], count: 1, expected: 'usage' },
    { args: ['a', 'b', '--data-dir', '/d'], count: 1, expected: 'usage' },
  ])('parses $args', ({ args, count, allow, expected }) => {
    const parsed = parseLibraryArgs(args, count, allow ?? {});
    if (expected === 'usage') expect(parsed).toHaveProperty('usage');
    else expect(parsed).toEqual(expected);
  });

  it('falls back to the per-user data folder, marked as not given', () => {
    const parsed = parseLibraryArgs([], 0);
    expect('dataDir' in parsed && parsed.dataDir).toMatch(/partnerschaftskiosk$/);
    expect('dataDirGiven' in parsed && parsed.dataDirGiven).toBe(false);
  });

  it('words a parseArgs error in German without its English text', () => {
    const parsed = parseLibraryArgs(['--datadir', 'x'], 0);
    expect(parsed).toHaveProperty('usage.de', 'Unbekannte Angabe --datadir.');
  });
});

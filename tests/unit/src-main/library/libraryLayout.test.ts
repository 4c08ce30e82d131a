import { describe, expect, it } from 'vitest';
import { compactTime, defaultDataDir, libraryLayout } from '../../../../src-main/library/libraryLayout';

describe('defaultDataDir', () => {
  const cases = [
    { name: 'Linux without XDG', platform: 'linux', env: {}, homedir: '/home/kiosk', expected: '/home/kiosk/.config/partnerschaftskiosk' },
    { name: 'Linux with XDG_CONFIG_HOME', platform: 'linux', env: { XDG_CONFIG_HOME: '/srv/cfg' }, homedir: '/home/kiosk', expected: '/srv/cfg/partnerschaftskiosk' },
    { name: 'Linux with a relative XDG_CONFIG_HOME (ignored, as the spec says)', platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, homedir: '/home/kiosk', expected: '/home/kiosk/.config/partnerschaftskiosk' },
    { name: 'macOS', platform: 'darwin', env: {}, homedir: '/Users/kiosk', expected: '/Users/kiosk/Library/Application Support/partnerschaftskiosk' },
    { name: 'Windows with APPDATA', platform: 'win32', env: { APPDATA: 'C:\\Users\\kiosk\\AppData\\Roaming' }, homedir: 'C:\\Users\\kiosk', expected: 'C:\\Users\\kiosk\\AppData\\Roaming\\partnerschaftskiosk' },
    { name: 'Windows without APPDATA', platform: 'win32', env: {}, homedir: 'C:\\Users\\kiosk', expected: 'C:\\Users\\kiosk\\AppData\\Roaming\\partnerschaftskiosk' },
  ] as const;
  it.each(cases)('$name', ({ platform, env, homedir, expected }) => {
    expect(defaultDataDir({ platform, env, homedir })).toBe(expected);
  });
});

describe('library layout', () => {
  it('keeps everything in one library folder inside the data folder', () => {
    const layout = libraryLayout('/daten');
    expect(layout).toEqual({
      dataDir: '/daten',
      libraryDir: '/daten/library',
      pointerFile: '/daten/library/active.json',
      lockFile: '/daten/library/lock',
      versionsDir: '/daten/library/versions',
      stagingDir: '/daten/library/staging',
      trashDir: '/daten/library/trash',
    });
  });

  it.each([
    { at: '2025-03-01T10:15:00.000Z', expected: '20250301-101500' },
    { at: '1999-12-31T23:59:59.999Z', expected: '19991231-235959' },
  ])('names versions by time: $at → $expected', ({ at, expected }) => {
    expect(compactTime(new Date(at))).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { browserKind, findBrowser, type BrowserDiscovery, type DiscoveryInput } from '../../../src-main/browserRoute/browserDiscovery';

const WINDOWS_ENV = {
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\kiosk\\AppData\\Local',
};

/** `exists` for a machine on which exactly these files are installed. */
const installed =
  (...files: string[]): DiscoveryInput['exists'] =>
  (file) =>
    files.includes(file);

describe('findBrowser', () => {
  const cases: { name: string; input: DiscoveryInput; expected: BrowserDiscovery }[] = [
    {
      name: 'Debian Chromium',
      input: { platform: 'linux', env: {}, exists: installed('/usr/bin/chromium') },
      expected: { ok: true, browser: { executable: '/usr/bin/chromium', kind: 'chromium', source: 'known' } },
    },
    {
      name: 'Ubuntu snap Chromium',
      input: { platform: 'linux', env: {}, exists: installed('/snap/bin/chromium') },
      expected: { ok: true, browser: { executable: '/snap/bin/chromium', kind: 'chromium', source: 'known' } },
    },
    {
      name: 'Chromium is preferred to Chrome and Edge on Linux',
      input: { platform: 'linux', env: {}, exists: installed('/usr/bin/microsoft-edge', '/usr/bin/google-chrome', '/usr/bin/chromium-browser') },
      expected: { ok: true, browser: { executable: '/usr/bin/chromium-browser', kind: 'chromium', source: 'known' } },
    },
    {
      name: 'Google Chrome on Linux',
      input: { platform: 'linux', env: {}, exists: installed('/opt/google/chrome/chrome') },
      expected: { ok: true, browser: { executable: '/opt/google/chrome/chrome', kind: 'chrome', source: 'known' } },
    },
    {
      name: 'Edge on Linux',
      input: { platform: 'linux', env: {}, exists: installed('/opt/microsoft/msedge/msedge') },
      expected: { ok: true, browser: { executable: '/opt/microsoft/msedge/msedge', kind: 'edge', source: 'known' } },
    },
    {
      name: 'Edge as Windows 10/11 ship it',
      input: {
        platform: 'win32',
        env: WINDOWS_ENV,
        exists: installed('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'),
      },
      expected: {
        ok: true,
        browser: { executable: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', kind: 'edge', source: 'known' },
      },
    },
    {
      name: 'Chrome installed per user on Windows',
      input: { platform: 'win32', env: WINDOWS_ENV, exists: installed('C:\\Users\\kiosk\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe') },
      expected: {
        ok: true,
        browser: { executable: 'C:\\Users\\kiosk\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', kind: 'chrome', source: 'known' },
      },
    },
    {
      name: 'Chromium on Windows is told apart from Chrome by its folder',
      input: { platform: 'win32', env: WINDOWS_ENV, exists: installed('C:\\Users\\kiosk\\AppData\\Local\\Chromium\\Application\\chrome.exe') },
      expected: {
        ok: true,
        browser: { executable: 'C:\\Users\\kiosk\\AppData\\Local\\Chromium\\Application\\chrome.exe', kind: 'chromium', source: 'known' },
      },
    },
    {
      name: 'KIOSK_BROWSER wins over the usual paths',
      input: { platform: 'linux', env: { KIOSK_BROWSER: '/opt/kiosk/chrome' }, exists: installed('/opt/kiosk/chrome', '/usr/bin/chromium') },
      expected: { ok: true, browser: { executable: '/opt/kiosk/chrome', kind: 'chrome', source: 'env' } },
    },
    {
      name: 'KIOSK_BROWSER naming a missing file is reported, not replaced by another browser',
      input: { platform: 'linux', env: { KIOSK_BROWSER: '/nowhere/chromium' }, exists: installed('/usr/bin/chromium') },
      expected: { ok: false, reason: 'env-missing', executable: '/nowhere/chromium' },
    },
    {
      name: 'an empty KIOSK_BROWSER is ignored',
      input: { platform: 'linux', env: { KIOSK_BROWSER: '  ' }, exists: installed('/usr/bin/chromium') },
      expected: { ok: true, browser: { executable: '/usr/bin/chromium', kind: 'chromium', source: 'known' } },
    },
    {
      name: 'none found on Windows lists where it looked',
      input: { platform: 'win32', env: { ProgramFiles: 'D:\\Apps' }, exists: installed() },
      expected: {
        ok: false,
        reason: 'none-found',
        searched: ['D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe', 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe'],
      },
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => expect(findBrowser(input)).toEqual(expected));
  }

  it('none found on Linux lists every usual path', () => {
    const result = findBrowser({ platform: 'linux', env: {}, exists: installed() });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'none-found') throw new Error('expected none-found');
    expect(result.searched).toContain('/usr/bin/chromium');
    expect(result.searched).toContain('/usr/bin/google-chrome');
    expect(result.searched).toContain('/usr/bin/microsoft-edge');
  });
});

describe('browserKind', () => {
  const cases = [
    { executable: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', expected: 'chrome' },
    { executable: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', expected: 'edge' },
    { executable: '/usr/lib/chromium/chromium', expected: 'chromium' },
    { executable: '/opt/custom/browser', expected: 'chromium' },
  ] as const;
  for (const { executable, expected } of cases) {
    it(`${executable} → ${expected}`, () => expect(browserKind(executable)).toBe(expected));
  }
});

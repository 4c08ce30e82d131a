import { describe, expect, it } from 'vitest';
import type { BrowserDiscovery } from '../../../src-main/browserRoute/browserDiscovery';
import { KIOSK_BROWSER_SWITCHES, kioskBrowserArgs } from '../../../src-main/browserRoute/browserFlags';
import {
  browserRouteLine,
  chooseRoute,
  kioskDataDir,
  lacksDisplay,
  parseStartArgs,
  type ParsedStart,
  type RouteChoice,
} from '../../../src-main/browserRoute/startOptions';

const DEFAULTS = { route: 'auto', headless: false, port: 0, hostOnly: false, passThrough: [] } as const;

describe('parseStartArgs', () => {
  const cases: { name: string; argv: string[]; expected: ParsedStart }[] = [
    { name: 'nothing: auto', argv: [], expected: { ok: true, options: { ...DEFAULTS, passThrough: [] } } },
    { name: '--browser forces the browser route', argv: ['--browser'], expected: { ok: true, options: { ...DEFAULTS, route: 'browser', passThrough: [] } } },
    { name: '--electron forbids it', argv: ['--electron'], expected: { ok: true, options: { ...DEFAULTS, route: 'electron', passThrough: [] } } },
    {
      name: '--headless implies the browser route',
      argv: ['--headless'],
      expected: { ok: true, options: { ...DEFAULTS, route: 'browser', headless: true, passThrough: [] } },
    },
    {
      name: '--port n and --port=n',
      argv: ['--browser', '--port', '8080', '--port=8081'],
      expected: { ok: true, options: { ...DEFAULTS, route: 'browser', port: 8081, passThrough: [] } },
    },
    {
      name: '--host-only (Windows Assigned Access starts Edge itself)',
      argv: ['--host-only', '--port', '4173'],
      expected: { ok: true, options: { ...DEFAULTS, route: 'browser', hostOnly: true, port: 4173, passThrough: [] } },
    },
    {
      name: 'other arguments are passed on to Electron',
      argv: ['--electron', '--enable-logging'],
      expected: { ok: true, options: { ...DEFAULTS, route: 'electron', passThrough: ['--enable-logging'] } },
    },
  ];
  for (const { name, argv, expected } of cases) {
    it(name, () => expect(parseStartArgs(argv)).toEqual(expected));
  }

  const refused = [
    { argv: ['--browser', '--electron'], says: 'schließen sich aus' },
    { argv: ['--port', 'abc'], says: '„abc“ ist keine gültige Portnummer' },
    { argv: ['--port'], says: 'keine gültige Portnummer' },
    { argv: ['--port', '70000'], says: 'keine gültige Portnummer' },
    { argv: ['--electron', '--headless'], says: 'nur für die Browser-Route' },
  ];
  for (const { argv, says } of refused) {
    it(`refuses ${argv.join(' ')} with a German message`, () => {
      const result = parseStartArgs(argv);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(says);
    });
  }
});

describe('chooseRoute', () => {
  const found: BrowserDiscovery = { ok: true, browser: { executable: '/usr/bin/chromium', kind: 'chromium', source: 'known' } };
  const none: BrowserDiscovery = { ok: false, reason: 'none-found', searched: ['/usr/bin/chromium'] };
  const envMissing: BrowserDiscovery = { ok: false, reason: 'env-missing', executable: '/x/chrome' };
  const cases: { name: string; args: Parameters<typeof chooseRoute>; expected: RouteChoice['route']; reason?: string }[] = [
    { name: 'Electron present: Electron', args: ['auto', true, found], expected: 'electron' },
    { name: 'Electron missing, browser found: browser route', args: ['auto', false, found], expected: 'browser', reason: 'electron-missing' },
    { name: '--browser with Electron present: browser route', args: ['browser', true, found], expected: 'browser', reason: 'requested' },
    { name: '--electron with Electron missing: nothing, even with a browser', args: ['electron', false, found], expected: 'none' },
    { name: '--electron with Electron present: Electron', args: ['electron', true, found], expected: 'electron' },
    { name: 'neither: nothing', args: ['auto', false, none], expected: 'none' },
    { name: '--browser without a browser never falls back to Electron', args: ['browser', true, none], expected: 'none' },
  ];
  for (const { name, args, expected, reason } of cases) {
    it(name, () => {
      const choice = chooseRoute(...args);
      expect(choice.route).toBe(expected);
      if (reason) expect(choice.route === 'browser' && choice.reason).toBe(reason);
    });
  }

  it('says why no browser was taken', () => {
    expect(chooseRoute('auto', false, none)).toEqual({ route: 'none', browserProblem: expect.stringContaining('Kein Chromium, Chrome oder Edge gefunden') });
    expect(chooseRoute('auto', false, envMissing)).toEqual({ route: 'none', browserProblem: expect.stringContaining('KIOSK_BROWSER nennt „/x/chrome“') });
  });

  it('announces the browser route in one line, German first, with the reason', () => {
    const choice = chooseRoute('auto', false, found);
    if (choice.route !== 'browser') throw new Error('expected the browser route');
    const line = browserRouteLine(choice, 'kiosk');
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Browser-Route weil die Electron-Laufzeit fehlt: .*\/usr\/bin\/chromium im Kiosk-Modus\. \/ Browser route because/);
    expect(browserRouteLine(choice, 'headless-no-display')).toContain('unsichtbar (headless), weil kein Bildschirm da ist');
  });
});

describe('kioskBrowserArgs', () => {
  const base = { url: 'http://127.0.0.1:4173/', profileDir: '/data/browser-profile', kind: 'chromium', headless: false, runningAsRoot: false } as const;

  it('a visible kiosk: own profile, full screen, every kiosk switch, the URL last', () => {
    const args = kioskBrowserArgs(base);
    expect(args[0]).toBe('--user-data-dir=/data/browser-profile');
    expect(args.at(-1)).toBe('http://127.0.0.1:4173/');
    expect(args).toEqual(expect.arrayContaining(['--kiosk', ...KIOSK_BROWSER_SWITCHES]));
    expect(args).not.toContain('--no-sandbox');
    expect(args.some((arg) => arg.startsWith('--headless'))).toBe(false);
  });

  // What the issue asks the browser not to do, each with the switch that answers it.
  const required = [
    { need: 'no first-run page', flag: '--no-first-run' },
    { need: 'no translate bar', flag: '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,MediaRouter' },
    { need: 'no error dialogs', flag: '--noerrdialogs' },
    { need: 'no restore bubble after a kill', flag: '--hide-crash-restore-bubble' },
    { need: 'no pinch-zoom of the page', flag: '--disable-pinch' },
    { need: 'no overscroll navigation', flag: '--overscroll-history-navigation=0' },
    { need: 'no background networking', flag: '--disable-background-networking' },
    { need: 'supervision over a private pipe, no port', flag: '--remote-debugging-pipe' },
  ];
  for (const { need, flag } of required) {
    it(need, () => expect(kioskBrowserArgs(base)).toContain(flag));
  }

  it('Edge gets its full-screen kiosk type', () => {
    expect(kioskBrowserArgs({ ...base, kind: 'edge' })).toContain('--edge-kiosk-type=fullscreen');
    expect(kioskBrowserArgs(base)).not.toContain('--edge-kiosk-type=fullscreen');
  });

  it('headless: no kiosk window, a screen-sized viewport', () => {
    const args = kioskBrowserArgs({ ...base, headless: true, headlessSize: { width: 1080, height: 1920 } });
    expect(args).toEqual(expect.arrayContaining(['--headless=new', '--window-size=1080,1920']));
    expect(args).not.toContain('--kiosk');
  });

  it('as root: without the sandbox Chromium refuses to run without', () => {
    expect(kioskBrowserArgs({ ...base, runningAsRoot: true })).toContain('--no-sandbox');
  });

  it('never opens a debugging port', () => {
    expect(kioskBrowserArgs(base).some((arg) => arg.startsWith('--remote-debugging-port'))).toBe(false);
  });
});

describe('lacksDisplay and kioskDataDir', () => {
  const displays = [
    { platform: 'linux', env: {}, expected: true },
    { platform: 'linux', env: { DISPLAY: ':0' }, expected: false },
    { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, expected: false },
    { platform: 'win32', env: {}, expected: false },
  ] as const;
  for (const { platform, env, expected } of displays) {
    it(`${platform} ${JSON.stringify(env)} lacks a display: ${expected}`, () => expect(lacksDisplay(platform, env)).toBe(expected));
  }

  const folders = [
    { platform: 'linux', env: {}, home: '/home/kiosk', expected: '/home/kiosk/.config/partnerschaftskiosk' },
    { platform: 'linux', env: { XDG_CONFIG_HOME: '/etc/xdg-kiosk' }, home: '/home/kiosk', expected: '/etc/xdg-kiosk/partnerschaftskiosk' },
    { platform: 'linux', env: { KIOSK_DATA_DIR: '/srv/kiosk' }, home: '/home/kiosk', expected: '/srv/kiosk' },
    {
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\kiosk\\AppData\\Roaming' },
      home: 'C:\\Users\\kiosk',
      expected: 'C:\\Users\\kiosk\\AppData\\Roaming\\partnerschaftskiosk',
    },
  ] as const;
  for (const { platform, env, home, expected } of folders) {
    it(`data folder on ${platform} ${JSON.stringify(env)}`, () => expect(kioskDataDir(platform, env, home)).toBe(expected));
  }
});

import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, isNavigationAllowed, isNewWindowAllowed, isPermissionAllowed } from '../../../../src-main/kiosk/navigationPolicy';

describe('isNavigationAllowed', () => {
  const cases = [
    { url: 'kiosk://app/index.html', allowed: true },
    { url: 'kiosk://app/index.html#/partner/emek-hefer', allowed: true },
    { url: 'kiosk://other/index.html', allowed: false },
    { url: 'kiosk://user@app/index.html', allowed: false },
    { url: 'https://www.kreis-hz.de/', allowed: false },
    { url: 'http://127.0.0.1:4173/', allowed: false },
    { url: 'file:///etc/passwd', allowed: false },
    { url: 'javascript:alert(1)', allowed: false },
    { url: 'data:text/html,<script>alert(1)</script>', allowed: false },
    { url: 'chrome://settings', allowed: false },
    { url: 'devtools://devtools/bundled/inspector.html', allowed: false },
    { url: 'not a url', allowed: false },
  ];
  for (const { url, allowed } of cases) {
    it(`${url} → ${allowed ? 'allowed' : 'denied'}`, () => expect(isNavigationAllowed(url)).toBe(allowed));
  }
  it('denies every new window and every permission', () => {
    expect(isNewWindowAllowed('kiosk://app/index.html')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });
});

describe('isBlockedShortcut', () => {
  const input = (key: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
    key,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...mods,
  });
  const cases = [
    { name: 'reload F5', input: input('F5'), blocked: true },
    { name: 'reload Ctrl+R', input: input('r', { control: true }), blocked: true },
    { name: 'devtools Ctrl+Shift+I', input: input('I', { control: true, shift: true }), blocked: true },
    { name: 'devtools F12', input: input('F12'), blocked: true },
    { name: 'back Alt+Left', input: input('ArrowLeft', { alt: true }), blocked: true },
    { name: 'zoom Ctrl+Plus', input: input('+', { control: true }), blocked: true },
    { name: 'quit Cmd+Q', input: input('q', { meta: true }), blocked: true },
    { name: 'close Alt+F4', input: input('F4', { alt: true }), blocked: true },
    { name: 'plain letter for keyboard users', input: input('a'), blocked: false },
    { name: 'arrow keys for keyboard users', input: input('ArrowLeft'), blocked: false },
    { name: 'Tab for keyboard users', input: input('Tab'), blocked: false },
    { name: 'Escape closes overlays', input: input('Escape'), blocked: false },
  ];
  for (const { name, input: value, blocked } of cases) {
    it(name, () => expect(isBlockedShortcut(value)).toBe(blocked));
  }
});

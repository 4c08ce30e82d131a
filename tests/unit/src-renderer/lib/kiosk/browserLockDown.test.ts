import { describe, expect, it } from 'vitest';
import { isBrowserShortcut, isPageZoomWheel } from '../../../../../src-renderer/lib/kiosk/browserLockDown';

const plain = { ctrlKey: false, metaKey: false, altKey: false };

describe('isBrowserShortcut', () => {
  const cases = [
    { name: 'Ctrl + plus zooms the page', event: { ...plain, key: '+', ctrlKey: true }, expected: true },
    { name: 'Ctrl + 0 resets zoom', event: { ...plain, key: '0', ctrlKey: true }, expected: true },
    { name: 'Cmd + minus zooms out', event: { ...plain, key: '-', metaKey: true }, expected: true },
    { name: 'F5 reloads', event: { ...plain, key: 'F5' }, expected: true },
    { name: 'Ctrl + R reloads', event: { ...plain, key: 'R', ctrlKey: true }, expected: true },
    { name: 'Alt + Left goes back', event: { ...plain, key: 'ArrowLeft', altKey: true }, expected: true },
    { name: 'the keyboard Back key goes back', event: { ...plain, key: 'BrowserBack' }, expected: true },
    { name: 'Ctrl + P prints', event: { ...plain, key: 'p', ctrlKey: true }, expected: true },
    { name: 'plus alone stays the timeline’s', event: { ...plain, key: '+' }, expected: false },
    { name: 'arrows alone stay the timeline’s', event: { ...plain, key: 'ArrowLeft' }, expected: false },
    { name: 'digits for the PIN stay', event: { ...plain, key: '0' }, expected: false },
    { name: 'Tab stays (keyboard access)', event: { ...plain, key: 'Tab' }, expected: false },
    { name: 'Escape stays (closes dialogs)', event: { ...plain, key: 'Escape' }, expected: false },
  ];
  for (const { name, event, expected } of cases) {
    it(name, () => expect(isBrowserShortcut(event)).toBe(expected));
  }
});

describe('isPageZoomWheel', () => {
  const cases = [
    { name: 'a plain wheel turn scrolls or pans', event: { ctrlKey: false, metaKey: false }, expected: false },
    { name: 'Ctrl + wheel (and a touchpad pinch) zooms the page', event: { ctrlKey: true, metaKey: false }, expected: true },
    { name: 'Cmd + wheel zooms the page', event: { ctrlKey: false, metaKey: true }, expected: true },
  ];
  for (const { name, event, expected } of cases) {
    it(name, () => expect(isPageZoomWheel(event)).toBe(expected));
  }
});

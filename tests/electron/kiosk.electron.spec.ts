import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime, NO_ELECTRON_REASON } from '../support/electronRuntime';
import { openPinStore } from '../../src-main/kiosk/pinStore';

const PIN = '5820';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtime = findElectronRuntime(root);

/** Launches the real kiosk with its own user-data folder, so runs never share a content library. */
async function launch(): Promise<{ app: ElectronApplication; page: Page; done: () => Promise<void> }> {
  const userData = await mkdtemp(path.join(tmpdir(), 'kiosk-electron-'));
  // There is no default PIN: set one the way the IT department does (`--set-pin` writes the same file).
  await openPinStore(userData).write(PIN);
  const app = await electron.launch({ executablePath: runtime!, args: [root], env: { ...process.env, KIOSK_DATA_DIR: userData } });
  const page = await app.firstWindow();
  return {
    app,
    page,
    done: async () => {
      await app.close();
      await rm(userData, { recursive: true, force: true });
    },
  };
}

test.describe('kiosk in Electron', () => {
  test.skip(runtime === undefined, NO_ELECTRON_REASON);

  test('opens the default exhibition through the kiosk: scheme with a sandboxed, isolated renderer', async () => {
    const { page, done } = await launch();
    try {
      await expect(page.getByTestId('exhibition-title')).toHaveText('50 Jahre – 50 Bilder');
      expect(page.url()).toBe('kiosk://app/index.html');
      // Only the documented API is exposed: no Node, no raw ipcRenderer.
      const exposed = await page.evaluate(() => ({
        api: Object.keys((globalThis as { kiosk?: object }).kiosk ?? {}).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposed.api).toContain('getActiveBundle');
      expect(exposed.api).toContain('adminUnlock');
      expect(exposed.api).not.toContain('invoke');
      expect(exposed.require).toBe('undefined');
      expect(exposed.process).toBe('undefined');
    } finally {
      await done();
    }
  });

  test('is locked down: no menu, first-paint colour, no navigation away, no new windows, page zoom fixed', async () => {
    const { app, page, done } = await launch();
    try {
      await expect(page.getByTestId('exhibition-title')).toBeVisible();
      const window = await app.evaluate(({ BrowserWindow }) => {
        const first = BrowserWindow.getAllWindows()[0]!;
        return { menuBarVisible: first.isMenuBarVisible(), backgroundColor: first.getBackgroundColor() };
      });
      expect(window).toEqual({ menuBarVisible: false, backgroundColor: '#10161D' });
      // Browser code as strings: the Node-side tsconfig has no DOM types.
      await page.evaluate("window.open('https://example.org/'); window.location.href = 'https://example.org/';");
      await page.waitForTimeout(500);
      expect(page.url()).toBe('kiosk://app/index.html');
      expect(app.windows()).toHaveLength(1);
      await page.keyboard.press('Control+=');
      const zoom = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getZoomFactor());
      expect(zoom).toBe(1);
      const permission = await page.evaluate("navigator.permissions.query({ name: 'geolocation' }).then((status) => status.state)");
      expect(permission).not.toBe('granted');
    } finally {
      await done();
    }
  });

  test('opens curator mode with a long press in the top-left corner and the PIN', async () => {
    const { page, done } = await launch();
    try {
      await expect(page.getByTestId('exhibition-title')).toBeVisible();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 20, y: 20, id: 1 }] });
      await page.waitForTimeout(3300);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect(page.getByTestId('admin-pinpad')).toBeVisible();
      for (const digit of PIN) await page.getByTestId(`pin-key-${digit}`).tap();
      await page.getByTestId('pin-key-OK').tap();
      await expect(page.getByTestId('admin-screen')).toBeVisible();
      await expect(page.getByTestId('admin-showing')).toContainText('50 Jahre – 50 Bilder');
      await expect(page.getByTestId('admin-quit')).toBeVisible();
      await page.getByTestId('admin-lock').tap();
      await expect(page.getByTestId('admin-screen')).toHaveCount(0);
    } finally {
      await done();
    }
  });
});

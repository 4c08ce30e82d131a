import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime, NO_ELECTRON_REASON } from '../support/electronRuntime';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtime = findElectronRuntime(root);

test.describe('kiosk in Electron', () => {
  test.skip(runtime === undefined, NO_ELECTRON_REASON);

  test('opens the default exhibition through the kiosk: scheme with a sandboxed, isolated renderer', async () => {
    const app = await electron.launch({ executablePath: runtime!, args: [root] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByTestId('exhibition-title')).toHaveText('50 Jahre – 50 Bilder');
      expect(page.url()).toBe('kiosk://app/index.html');
      // Only the documented API is exposed: no Node, no raw ipcRenderer.
      const exposed = await page.evaluate(() => ({
        api: Object.keys((globalThis as { kiosk?: object }).kiosk ?? {}).sort(),
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ api: ['getActiveBundle', 'getKioskInfo'], require: 'undefined', process: 'undefined' });
    } finally {
      await app.close();
    }
  });
});

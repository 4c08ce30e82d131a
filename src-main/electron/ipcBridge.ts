/**
 * Connects the kiosk API service to IPC (Electron glue): one `ipcMain.handle` per method, each call's sender
 * checked (only the kiosk's own top-level page) and its arguments validated before the service runs.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannel, KIOSK_API_METHODS, type KioskApi } from '../../src-shared/kioskApi';
import { parseApiArguments } from '../../src-shared/kioskApiArguments';
import { isKioskUrl } from '../kiosk/navigationPolicy';

export function connectApiToIpc(api: KioskApi): void {
  for (const method of KIOSK_API_METHODS) {
    ipcMain.handle(ipcChannel(method), (event: IpcMainInvokeEvent, ...raw: unknown[]) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isKioskUrl(frame.url)) throw new Error('Unknown sender');
      const args = parseApiArguments(method, raw);
      if (args === undefined) throw new Error(`Invalid arguments for ${method}`);
      return (api[method] as (...values: unknown[]) => Promise<unknown>)(...args);
    });
  }
}

/**
 * Preload (sandboxed, context-isolated): implements exactly {@link KioskApi} over IPC and exposes nothing else.
 * The object literal is typed as `KioskApi`, so a missing or extra method fails to compile.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { KIOSK_API_CHANNELS, type KioskApi } from '../src-shared/kioskApi';

const api: KioskApi = {
  getActiveBundle: () => ipcRenderer.invoke(KIOSK_API_CHANNELS.getActiveBundle),
  getKioskInfo: () => ipcRenderer.invoke(KIOSK_API_CHANNELS.getKioskInfo),
};

contextBridge.exposeInMainWorld('kiosk', api);

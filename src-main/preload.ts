/**
 * Preload (sandboxed, context-isolated): implements exactly {@link KioskApi} over IPC and exposes nothing else;
 * no `ipcRenderer` reaches the page, only the typed client.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel } from '../src-shared/kioskApi';
import { createKioskApiClient } from '../src-shared/kioskApiClient';

contextBridge.exposeInMainWorld(
  'kiosk',
  createKioskApiClient((method, args) => ipcRenderer.invoke(ipcChannel(method), ...args)),
);

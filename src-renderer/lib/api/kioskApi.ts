import type { KioskApi } from '../../../src-shared/kioskApi';
import { createHttpKioskApi } from './httpKioskApi';

/**
 * The renderer's only way to the main side: the preload's IPC implementation inside the kiosk, the HTTP one in
 * the browser preview. Both implement the same interface.
 */
export const kioskApi: KioskApi = window.kiosk ?? createHttpKioskApi(fetch.bind(globalThis), window.location.href);

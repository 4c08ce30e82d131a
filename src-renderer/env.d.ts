/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { KioskApi } from '../src-shared/kioskApi';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser preview, where the HTTP client is used instead. */
    kiosk?: KioskApi;
  }
}

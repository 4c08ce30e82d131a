/**
 * The visitor-facing kiosk settings as the main side reports them (`getKioskInfo`), as runes. Until the answer
 * arrives, and if it never does, the defaults of `settings.json` apply, so the kiosk always runs. App-wide
 * singleton: `kioskSettings`; whoever needs a setting first starts the one request.
 */
import type { KioskApi, KioskInfo } from '../../src-shared/kioskApi';

/** The settings' defaults (see `src-main/kiosk/settings.ts`). */
export const DEFAULT_KIOSK_INFO: Pick<KioskInfo, 'language' | 'idleTimeoutSeconds' | 'adminLockSeconds' | 'attract'> = {
  language: 'de',
  idleTimeoutSeconds: 90,
  adminLockSeconds: 120,
  attract: { enabled: true, slideSeconds: 8 },
};

export class KioskSettings {
  #info = $state.raw<Partial<KioskInfo>>({});
  #request: Promise<KioskInfo | undefined> | undefined;

  /** Seconds without touch before the idle countdown. */
  get idleTimeoutSeconds(): number {
    return this.#info.idleTimeoutSeconds ?? DEFAULT_KIOSK_INFO.idleTimeoutSeconds;
  }
  /** Seconds of inactivity after which the admin screen locks itself. */
  get adminLockSeconds(): number {
    return this.#info.adminLockSeconds ?? DEFAULT_KIOSK_INFO.adminLockSeconds;
  }
  /** Whether the attract loop runs after idle, and each slide's time on screen in ms. */
  get attract(): { enabled: boolean; slideMs: number } {
    const attract = this.#info.attract ?? DEFAULT_KIOSK_INFO.attract;
    return { enabled: attract.enabled, slideMs: attract.slideSeconds * 1000 };
  }

  /** Asks the main side once; later calls return the same answer. `undefined` when it could not be read. */
  load(api: Pick<KioskApi, 'getKioskInfo'>): Promise<KioskInfo | undefined> {
    this.#request ??= api.getKioskInfo().then(
      (info) => {
        this.#info = info;
        return info;
      },
      () => undefined,
    );
    return this.#request;
  }
}

export const kioskSettings = new KioskSettings();

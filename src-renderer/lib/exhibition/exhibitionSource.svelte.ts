import type { ActiveBundle, KioskApi } from '../../../src-shared/kioskApi';
import { takeBootSnapshot } from '../api/bootSnapshot';

/** Loading state of the exhibition shown on screen. */
export type ExhibitionStatus = 'loading' | 'ready' | 'unavailable';

/**
 * The exhibition the renderer shows: the active bundle, or for a curator's preview a checked candidate. Loading
 * failures retry by themselves, because nobody at a kiosk can press reload; a changed bundle on the main side
 * (activation, rollback, hot reload) is noticed by polling a cheap revision number.
 */
export class Exhibition {
  #active = $state.raw<ActiveBundle | undefined>(undefined);
  #preview = $state.raw<ActiveBundle | undefined>(undefined);
  #status = $state<ExhibitionStatus>('loading');

  /** What is on screen: the curator's preview while one is open, otherwise the active bundle. */
  get bundle(): ActiveBundle | undefined {
    return this.#preview ?? this.#active;
  }
  get status(): ExhibitionStatus {
    return this.#status;
  }
  get isPreview(): boolean {
    return this.#preview !== undefined;
  }

  /**
   * Loads the active bundle, retrying after `retryMs` while it is unavailable. The first call takes the snapshot
   * the kiosk handler put into the document, if there is a valid one, instead of asking the API: that saves the
   * round trip before the first frame. The snapshot is taken synchronously, so the bundle is set before this
   * returns its promise; every later call asks the API.
   * @param retryMs Delay between attempts in ms.
   * @param boot Where the snapshot comes from; by default the document, once (see `api/bootSnapshot.ts`).
   */
  async load(
    api: KioskApi,
    retryMs = 3000,
    boot: () => ActiveBundle | undefined = () => takeBootSnapshot(document),
  ): Promise<void> {
    const snapshot = boot();
    if (snapshot) {
      performance.mark('kiosk:bundle-loaded');
      this.#active = snapshot;
      this.#status = 'ready';
      return;
    }
    for (;;) {
      try {
        const bundle = await api.getActiveBundle();
        performance.mark('kiosk:bundle-loaded');
        this.#active = bundle;
        this.#status = 'ready';
        return;
      } catch {
        this.#status = 'unavailable';
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  }

  /**
   * Polls the main side's content revision every `intervalMs` and reloads when it changed.
   * @returns A function that stops polling.
   */
  watch(api: KioskApi, intervalMs = 5000): () => void {
    let checking = false;
    const timer = setInterval(async () => {
      if (checking || this.#active === undefined) return;
      checking = true;
      try {
        if ((await api.getContentRevision()) !== this.#active.revision) await this.load(api);
      } catch {
        // The main side is briefly unavailable (restart); keep showing what is there.
      } finally {
        checking = false;
      }
    }, intervalMs);
    return () => clearInterval(timer);
  }

  /** Shows a checked candidate instead of the active bundle (curator preview); `undefined` ends it. */
  setPreview(bundle: ActiveBundle | undefined): void {
    this.#preview = bundle;
  }
}

import type { ActiveBundle, KioskApi } from '../../src-shared/kioskApi';

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
   * Loads the active bundle, retrying after `retryMs` while it is unavailable.
   * @param retryMs Delay between attempts in ms.
   */
  async load(api: KioskApi, retryMs = 3000): Promise<void> {
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
